package org.gongzhi.cases;

class CaseFlowsOnH2Test extends CaseFlowsContract {

}
