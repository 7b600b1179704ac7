package org.gongzhi.evaluation;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class IndicatorsOnPostgresTest extends IndicatorsContract {

}
