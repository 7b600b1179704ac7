package org.gongzhi.cases;

class CategoryPagesOnH2Test extends CategoryPagesContract {

}
