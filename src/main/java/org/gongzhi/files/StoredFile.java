package org.gongzhi.files;

import java.time.Instant;
import java.util.UUID;

/**
 * The record of one uploaded file.
 *
 * @param id public id
 * @param ownerType kind of owner, {@code null} until attached
 * @param ownerId owner's id, {@code null} until attached
 * @param uploaderId the user who uploaded it
 * @param orgCode the uploader's org unit
 * @param fileName cleaned name with the extension of its type
 * @param type its type, sniffed from the content
 * @param size stored size in bytes
 * @param sha256 hex SHA-256 of the stored content, also its HTTP entity tag
 * @param storageKey where its content is stored
 * @param thumbnailKey where its thumbnail is stored, {@code null} if it has none
 * @param width pixel width of an image, else {@code null}
 * @param height pixel height of an image, else {@code null}
 * @param createdAt when it was uploaded
 */
record StoredFile(UUID id, String ownerType, String ownerId, long uploaderId, String orgCode, String fileName,
		FileType type, long size, String sha256, String storageKey, String thumbnailKey, Integer width, Integer height,
		Instant createdAt) {

	boolean isAttached() {
		return this.ownerType != null;
	}

	boolean isAttachedTo(String ownerType, String ownerId) {
		return ownerType.equals(this.ownerType) && ownerId.equals(this.ownerId);
	}

	Attachment toAttachment() {
		String url = "/files/" + this.id;
		return new Attachment(this.id, this.fileName, this.type.mediaType(), this.size, url,
				(this.thumbnailKey != null) ? url + "/thumbnail" : null);
	}

}
