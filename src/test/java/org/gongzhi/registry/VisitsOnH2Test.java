package org.gongzhi.registry;

class VisitsOnH2Test extends VisitsContract {

}
