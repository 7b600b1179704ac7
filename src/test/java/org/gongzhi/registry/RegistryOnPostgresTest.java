package org.gongzhi.registry;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class RegistryOnPostgresTest extends RegistryContract {

}
