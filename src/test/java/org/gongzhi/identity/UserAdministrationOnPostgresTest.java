package org.gongzhi.identity;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class UserAdministrationOnPostgresTest extends UserAdministrationContract {

}
