package org.gongzhi.registry;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class VisitsOnPostgresTest extends VisitsContract {

}
