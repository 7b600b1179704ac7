package org.gongzhi.cases;

class CaseListOnH2Test extends CaseListContract {

}
