package org.gongzhi.identity;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class SecurityPolicyOnPostgresTest extends SecurityPolicyContract {

}
