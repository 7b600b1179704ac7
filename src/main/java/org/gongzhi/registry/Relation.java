package org.gongzhi.registry;

/** Relation to the head of the household. */
enum Relation {

	/** 户主 */
	HEAD,
	/** 配偶 */
	SPOUSE,
	/** 子女 */
	CHILD,
	/** 父母 */
	PARENT,
	/** 祖父母/外祖父母 */
	GRANDPARENT,
	/** 孙子女/外孙子女 */
	GRANDCHILD,
	/** 兄弟姐妹 */
	SIBLING,
	/** 其他 */
	OTHER

}
