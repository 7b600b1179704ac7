package org.gongzhi.notify;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class InboxApiOnPostgresTest extends InboxApiContract {

}
