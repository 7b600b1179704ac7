package org.gongzhi.registry;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class RegistryDeskOnPostgresTest extends RegistryDeskContract {

}
