package org.gongzhi.notify;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class NotificationDeliveryOnPostgresTest extends NotificationDeliveryContract {

}
