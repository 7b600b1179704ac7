package org.gongzhi.identity;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class OnlineSessionsOnPostgresTest extends OnlineSessionsContract {

}
