package org.gongzhi.cases;

class Open311RequestsOnH2Test extends Open311RequestsContract {

}
