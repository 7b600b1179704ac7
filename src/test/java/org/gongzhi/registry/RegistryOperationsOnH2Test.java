package org.gongzhi.registry;

class RegistryOperationsOnH2Test extends RegistryOperationsContract {

}
