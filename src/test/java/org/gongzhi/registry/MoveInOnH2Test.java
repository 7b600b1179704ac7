package org.gongzhi.registry;

class MoveInOnH2Test extends MoveInContract {

}
