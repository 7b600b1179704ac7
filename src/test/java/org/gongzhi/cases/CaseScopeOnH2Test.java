package org.gongzhi.cases;

class CaseScopeOnH2Test extends CaseScopeContract {

}
