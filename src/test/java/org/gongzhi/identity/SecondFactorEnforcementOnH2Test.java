package org.gongzhi.identity;

class SecondFactorEnforcementOnH2Test extends SecondFactorEnforcementContract {

}
