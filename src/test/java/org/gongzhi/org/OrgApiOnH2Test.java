package org.gongzhi.org;

class OrgApiOnH2Test extends OrgApiContract {

}
