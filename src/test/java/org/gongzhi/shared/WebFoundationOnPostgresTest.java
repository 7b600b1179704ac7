package org.gongzhi.shared;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class WebFoundationOnPostgresTest extends WebFoundationContract {

}
