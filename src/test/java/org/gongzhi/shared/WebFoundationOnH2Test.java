package org.gongzhi.shared;

class WebFoundationOnH2Test extends WebFoundationContract {

}
