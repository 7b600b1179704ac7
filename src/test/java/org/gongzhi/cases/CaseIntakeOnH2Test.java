package org.gongzhi.cases;

class CaseIntakeOnH2Test extends CaseIntakeContract {

}
