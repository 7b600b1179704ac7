package org.gongzhi.identity;

class StaffContactsOnH2Test extends StaffContactsContract {

}
