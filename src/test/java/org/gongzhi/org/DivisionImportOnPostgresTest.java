package org.gongzhi.org;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class DivisionImportOnPostgresTest extends DivisionImportContract {

}
