package org.gongzhi.files;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Binds uploaded files to the object they document (a case, a visit …) and lists them.
 * Files are uploaded first ({@code POST /api/files}), then named by id when the owner is
 * created or changed; uploads never bound are removed after a day.
 */
public interface Attachments {

	/**
	 * Binds files the current user uploaded (and not yet bound) to an owner, in the
	 * caller's transaction. Binding a file again to the same owner changes nothing, so a
	 * retried request is harmless.
	 * @param ids the files, as returned by the upload
	 * @param ownerType the owner module's name for the kind of owner, e.g. {@code case};
	 * it selects the {@link AttachmentAccess} that decides who may read the files
	 * @param ownerId the owner's id
	 * @return the bound files, in upload order
	 * @throws org.gongzhi.shared.problem.InvalidInputException when an id is unknown, was
	 * uploaded by someone else or is already bound to another owner
	 */
	List<Attachment> attach(Collection<UUID> ids, String ownerType, String ownerId);

	/**
	 * The files bound to an owner, in upload order; no access check (the owner's job).
	 */
	List<Attachment> of(String ownerType, String ownerId);

}
