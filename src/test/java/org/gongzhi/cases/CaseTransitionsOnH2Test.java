package org.gongzhi.cases;

class CaseTransitionsOnH2Test extends CaseTransitionsContract {

}
