package org.gongzhi.cases;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class Open311RequestsOnPostgresTest extends Open311RequestsContract {

}
