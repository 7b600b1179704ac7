package org.gongzhi.identity;

class UserAdministrationOnH2Test extends UserAdministrationContract {

}
