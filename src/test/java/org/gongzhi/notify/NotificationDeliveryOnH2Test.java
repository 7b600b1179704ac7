package org.gongzhi.notify;

class NotificationDeliveryOnH2Test extends NotificationDeliveryContract {

}
