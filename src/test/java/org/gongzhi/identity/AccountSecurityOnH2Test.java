package org.gongzhi.identity;

class AccountSecurityOnH2Test extends AccountSecurityContract {

}
