package org.gongzhi.cases;

class CaseConcurrencyOnH2Test extends CaseConcurrencyContract {

}
