package org.gongzhi.cases;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class CategoriesOnPostgresTest extends CategoriesContract {

}
