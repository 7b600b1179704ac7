/**
 * Files attached to the objects of other modules (case photos and videos, documents):
 * uploads whose type is sniffed from their content, images re-encoded without their
 * metadata, storage behind {@link org.gongzhi.files.FileStorage} and serving only to
 * those the owning module lets read. Owner modules bind uploads with
 * {@link org.gongzhi.files.Attachments} and decide who may read them by implementing
 * {@link org.gongzhi.files.AttachmentAccess}.
 */
package org.gongzhi.files;
