package org.gongzhi.cases;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class DeskQueuesOnPostgresTest extends DeskQueuesContract {

}
