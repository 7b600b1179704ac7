package org.gongzhi.registry;

class RegistryOnH2Test extends RegistryContract {

}
