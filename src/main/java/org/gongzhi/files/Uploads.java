package org.gongzhi.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.shared.problem.GongzhiException;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes uploaded files in: recognises each by its content, checks its size, re-encodes
 * images and strips video metadata, stores the content and then records it. All files of
 * one request are taken or none: when one is refused, those already stored are removed,
 * and a record is only written once its content is safely stored.
 */
@Service
class Uploads {

	private static final Logger log = LoggerFactory.getLogger(Uploads.class);

	private final FilesProperties properties;

	private final ContentSniffer sniffer;

	private final ImageProcessor images;

	private final FileStorage storage;

	private final StoredFiles files;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Uploads(FilesProperties properties, ContentSniffer sniffer, ImageProcessor images, FileStorage storage,
			StoredFiles files, PlatformTransactionManager transactions, Clock clock) {
		this.properties = properties;
		this.sniffer = sniffer;
		this.images = images;
		this.storage = storage;
		this.files = files;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Stores the files one user uploaded in one request; all or none. */
	List<StoredFile> upload(List<MultipartFile> parts, Uploader uploader) {
		if (parts.isEmpty()) {
			throw new InvalidInputException("files.upload.none");
		}
		if (parts.size() > this.properties.maxFilesPerUpload()) {
			throw new InvalidInputException("files.upload.too-many", this.properties.maxFilesPerUpload());
		}
		int waiting = this.files.countUnattached(uploader.userId(),
				this.clock.instant().minus(this.properties.unattachedRetention()));
		if (waiting + parts.size() > this.properties.maxUnattachedPerUser()) {
			throw new GongzhiException(HttpStatus.TOO_MANY_REQUESTS, "too-many-uploads",
					"files.upload.too-many-waiting", this.properties.maxUnattachedPerUser());
		}
		List<StoredFile> stored = new ArrayList<>();
		try {
			for (MultipartFile part : parts) {
				stored.add(store(part, uploader));
			}
			this.transactions.executeWithoutResult((status) -> stored.forEach(this.files::insert));
			return stored;
		}
		catch (IOException ex) {
			discard(stored);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			discard(stored);
			throw ex;
		}
	}

	private StoredFile store(MultipartFile part, Uploader uploader) throws IOException {
		String sentName = FileNames.clean(part.getOriginalFilename());
		if (part.isEmpty()) {
			throw UploadProblems.unprocessable("files.upload.empty", sentName);
		}
		Path temp = Files.createTempFile("gongzhi-upload-", ".part");
		try {
			part.transferTo(temp.toFile());
			FileType type = this.sniffer.sniff(temp, sentName);
			long limit = this.properties.limitFor(type.kind()).toBytes();
			if (Files.size(temp) > limit) {
				throw UploadProblems.tooLarge(type.kind(), sentName, limit);
			}
			UUID id = UUID.randomUUID();
			String key = keyOf(id);
			return switch (type.kind()) {
				case IMAGE -> storeImage(temp, type, id, key, sentName, uploader);
				case VIDEO -> {
					VideoMetadata.strip(temp, sentName);
					yield storeAsIs(temp, type, id, key, sentName, uploader);
				}
				case DOCUMENT -> storeAsIs(temp, type, id, key, sentName, uploader);
			};
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private StoredFile storeImage(Path temp, FileType sniffed, UUID id, String key, String sentName, Uploader uploader)
			throws IOException {
		ImageProcessor.ProcessedImage image = this.images.process(temp, sniffed, sentName);
		String thumbnailKey = key + ".thumb";
		Content content;
		try (InputStream in = (image.content() != null) ? new ByteArrayInputStream(image.content())
				: Files.newInputStream(temp)) {
			content = put(key, in);
		}
		try {
			this.storage.put(thumbnailKey, new ByteArrayInputStream(image.thumbnail()));
		}
		catch (IOException | RuntimeException ex) {
			this.storage.delete(key);
			throw ex;
		}
		return new StoredFile(id, null, null, uploader.userId(), uploader.orgCode(),
				FileNames.withExtension(sentName, image.type()), image.type(), content.size(), content.sha256(), key,
				thumbnailKey, image.width(), image.height(), this.clock.instant());
	}

	private StoredFile storeAsIs(Path temp, FileType type, UUID id, String key, String sentName, Uploader uploader)
			throws IOException {
		Content content;
		try (InputStream in = Files.newInputStream(temp)) {
			content = put(key, in);
		}
		return new StoredFile(id, null, null, uploader.userId(), uploader.orgCode(),
				FileNames.withExtension(sentName, type), type, content.size(), content.sha256(), key, null, null, null,
				this.clock.instant());
	}

	/** Stores a stream, hashing it on the way. */
	private Content put(String key, InputStream in) throws IOException {
		MessageDigest digest = sha256();
		long size = this.storage.put(key, new DigestInputStream(in, digest));
		return new Content(size, HexFormat.of().formatHex(digest.digest()));
	}

	private void discard(List<StoredFile> stored) {
		for (StoredFile file : stored) {
			try {
				this.storage.delete(file.storageKey());
				if (file.thumbnailKey() != null) {
					this.storage.delete(file.thumbnailKey());
				}
			}
			catch (IOException | RuntimeException ex) {
				// the orphan sweep of UploadCleanup removes it later
				log.warn("Could not remove the content of refused upload {}", file.id(), ex);
			}
		}
	}

	/** Random keys, spread over 65536 folders by their first hex digits. */
	static String keyOf(UUID id) {
		String hex = id.toString();
		return hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Who uploads: the user and their org unit. */
	record Uploader(long userId, String orgCode) {
	}

	private record Content(long size, String sha256) {
	}

}
