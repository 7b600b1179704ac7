package org.gongzhi.registry;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class MoveInOnPostgresTest extends MoveInContract {

}
