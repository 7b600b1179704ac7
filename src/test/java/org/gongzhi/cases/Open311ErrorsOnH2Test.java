package org.gongzhi.cases;

class Open311ErrorsOnH2Test extends Open311ErrorsContract {

}
