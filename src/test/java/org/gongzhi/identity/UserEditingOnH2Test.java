package org.gongzhi.identity;

class UserEditingOnH2Test extends UserEditingContract {

}
