package org.gongzhi.cases;

class SlaWatchOnH2Test extends SlaWatchContract {

}
