package org.gongzhi.identity;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class PhoneLoginOnPostgresTest extends PhoneLoginContract {

}
