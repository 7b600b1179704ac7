package org.gongzhi.notify;

class CaseNotificationsOnH2Test extends CaseNotificationsContract {

}
