package org.gongzhi.identity;

class PhoneLoginOnH2Test extends PhoneLoginContract {

}
