package org.gongzhi.files;

/** The kinds of file with their own size limit and handling. */
enum FileKind {

	IMAGE, VIDEO, DOCUMENT

}
