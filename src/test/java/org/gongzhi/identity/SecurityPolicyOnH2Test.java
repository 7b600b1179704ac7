package org.gongzhi.identity;

class SecurityPolicyOnH2Test extends SecurityPolicyContract {

}
