package org.gongzhi.files;

/**
 * Implemented (as a bean) by each module that owns attachments: decides whether the
 * current caller may read the files of one of its objects. Files of an owner type without
 * such a bean are served to no one.
 */
public interface AttachmentAccess {

	/** The owner type this bean decides for, as passed to {@link Attachments#attach}. */
	String ownerType();

	/**
	 * Whether the current caller may read the owner's files, typically whether they may
	 * see the owner itself (role and data scope).
	 */
	boolean mayRead(String ownerId);

}
