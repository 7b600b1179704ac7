package org.gongzhi.org;

class DivisionImportOnH2Test extends DivisionImportContract {

}
