package org.gongzhi.registry;

class RegistryFilesOnH2Test extends RegistryFilesContract {

}
