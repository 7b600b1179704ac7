package org.gongzhi.files;

import java.util.UUID;

/**
 * One uploaded file as clients see it.
 *
 * @param id the file's id, used to bind it to an owner
 * @param fileName the name it was uploaded under, cleaned, with the extension of its
 * stored type
 * @param mediaType its type as sniffed from the content (and re-encoded for images)
 * @param size its stored size in bytes
 * @param url where it is served
 * @param thumbnailUrl where a small preview is served: {@code null} unless it is an image
 */
public record Attachment(UUID id, String fileName, String mediaType, long size, String url, String thumbnailUrl) {

}
