package org.gongzhi.cases;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class Open311ServicesOnPostgresTest extends Open311ServicesContract {

}
