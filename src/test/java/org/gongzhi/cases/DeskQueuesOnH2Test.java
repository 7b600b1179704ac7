package org.gongzhi.cases;

class DeskQueuesOnH2Test extends DeskQueuesContract {

}
