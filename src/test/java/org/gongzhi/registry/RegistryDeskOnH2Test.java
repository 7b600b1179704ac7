package org.gongzhi.registry;

class RegistryDeskOnH2Test extends RegistryDeskContract {

}
