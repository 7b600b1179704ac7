package org.gongzhi.org;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class OrgApiOnPostgresTest extends OrgApiContract {

}
