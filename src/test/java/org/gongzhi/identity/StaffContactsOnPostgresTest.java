package org.gongzhi.identity;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class StaffContactsOnPostgresTest extends StaffContactsContract {

}
