package org.gongzhi.files;

class FilesOnH2Test extends FilesContract {

}
