package org.gongzhi.files;

import org.gongzhi.support.PostgresTest;

@PostgresTest
class FilesOnPostgresTest extends FilesContract {

}
