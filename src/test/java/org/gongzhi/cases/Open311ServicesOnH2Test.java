package org.gongzhi.cases;

class Open311ServicesOnH2Test extends Open311ServicesContract {

}
