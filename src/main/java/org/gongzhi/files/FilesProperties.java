package org.gongzhi.files;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of {@code gongzhi.files.*}.
 *
 * @param dir where the filesystem storage keeps the files
 * @param maxImageSize largest image accepted
 * @param maxVideoSize largest video accepted (keep {@code spring.servlet.multipart} above
 * it)
 * @param maxDocumentSize largest document accepted
 * @param maxImagePixels images with more pixels are refused before they are decoded
 * (decompression bombs)
 * @param imageLongSide stored images are scaled down to this on their long side
 * @param thumbnailLongSide thumbnails are this on their long side
 * @param maxFilesPerUpload files one upload request may carry
 * @param maxUnattachedPerUser uploads one user may have waiting to be attached
 * @param unattachedRetention uploads not attached within this are removed
 */
@ConfigurationProperties("gongzhi.files")
record FilesProperties(@DefaultValue("./data/files") Path dir, @DefaultValue("20MB") DataSize maxImageSize,
		@DefaultValue("100MB") DataSize maxVideoSize, @DefaultValue("20MB") DataSize maxDocumentSize,
		@DefaultValue("50000000") long maxImagePixels, @DefaultValue("2560") int imageLongSide,
		@DefaultValue("320") int thumbnailLongSide, @DefaultValue("10") int maxFilesPerUpload,
		@DefaultValue("100") int maxUnattachedPerUser, @DefaultValue("24h") Duration unattachedRetention) {

	/** The size limit for one kind of file. */
	DataSize limitFor(FileKind kind) {
		return switch (kind) {
			case IMAGE -> this.maxImageSize;
			case VIDEO -> this.maxVideoSize;
			case DOCUMENT -> this.maxDocumentSize;
		};
	}

	/** No file of any kind may be larger than this. */
	long largestLimit() {
		return Math.max(this.maxImageSize.toBytes(),
				Math.max(this.maxVideoSize.toBytes(), this.maxDocumentSize.toBytes()));
	}

}
