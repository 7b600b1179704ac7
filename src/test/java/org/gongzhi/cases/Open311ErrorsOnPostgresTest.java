package org.gongzhi.cases;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class Open311ErrorsOnPostgresTest extends Open311ErrorsContract {

}
