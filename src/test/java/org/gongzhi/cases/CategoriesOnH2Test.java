package org.gongzhi.cases;

class CategoriesOnH2Test extends CategoriesContract {

}
