package org.gongzhi.evaluation;

class IndicatorsOnH2Test extends IndicatorsContract {

}
