package org.gongzhi.notify;

class InboxApiOnH2Test extends InboxApiContract {

}
