package org.gongzhi.files;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.identity.CurrentScope;
import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.shared.problem.GongzhiException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Upload ({@code POST /api/files}, multipart) and serving of files. Files are served at
 * {@code /files/{id}} for pages (session) and at {@code /api/files/{id}} for API clients
 * (token), to whoever may read them and as 404 to everyone else, with a fixed type the
 * browser must not second-guess. Ranges are answered, so videos can be scrubbed.
 */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "files", description = "Attachments: photos, videos and documents")
class FileApi {

	private static final Logger log = LoggerFactory.getLogger(FileApi.class);

	private static final CacheControl PRIVATE = CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();

	private final Uploads uploads;

	private final StoredFiles files;

	private final FileAccess access;

	private final FileStorage storage;

	private final CurrentScope scope;

	FileApi(Uploads uploads, StoredFiles files, FileAccess access, FileStorage storage, CurrentScope scope) {
		this.uploads = uploads;
		this.files = files;
		this.access = access;
		this.storage = storage;
		this.scope = scope;
	}

	@PostMapping("/api/files")
	@Operation(summary = "Upload files (multipart/form-data, one or more parts); attach them by id afterwards")
	ResponseEntity<List<Attachment>> upload(HttpServletRequest request) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart == null) {
			throw new GongzhiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
					"files.upload.not-multipart");
		}
		GongzhiUser user = this.scope.user().orElseThrow();
		List<Attachment> stored = this.uploads
			.upload(multipart.getMultiFileMap().values().stream().flatMap(List::stream).toList(),
					new Uploads.Uploader(user.getId(), user.getOrgCode()))
			.stream()
			.map(StoredFile::toAttachment)
			.toList();
		return ResponseEntity.status(HttpStatus.CREATED).body(stored);
	}

	@GetMapping({ "/files/{id}", "/api/files/{id}" })
	@Operation(summary = "The content of a file")
	ResponseEntity<Resource> content(@PathVariable UUID id) {
		StoredFile file = readable(id);
		ContentDisposition.Builder disposition = file.type().inline() ? ContentDisposition.inline()
				: ContentDisposition.attachment();
		return serve(file.storageKey(), id, MediaType.parseMediaType(file.type().mediaType()), file.sha256(),
				disposition.filename(file.fileName(), StandardCharsets.UTF_8).build());
	}

	@GetMapping({ "/files/{id}/thumbnail", "/api/files/{id}/thumbnail" })
	@Operation(summary = "A small JPEG preview of an image")
	ResponseEntity<Resource> thumbnail(@PathVariable UUID id) {
		StoredFile file = readable(id);
		if (file.thumbnailKey() == null) {
			throw new NotFoundException("files.not-found");
		}
		return serve(file.thumbnailKey(), id, MediaType.IMAGE_JPEG, "thumbnail-" + file.sha256(),
				ContentDisposition.inline()
					.filename(FileNames.withExtension(file.fileName(), FileType.JPEG), StandardCharsets.UTF_8)
					.build());
	}

	private StoredFile readable(UUID id) {
		return this.files.find(id)
			.filter(this.access::mayRead)
			.orElseThrow(() -> new NotFoundException("files.not-found"));
	}

	private ResponseEntity<Resource> serve(String key, UUID id, MediaType type, String etag,
			ContentDisposition disposition) {
		Resource content = this.storage.get(key);
		if (!content.exists()) {
			log.warn("The content of file {} is missing from the storage", id);
			throw new NotFoundException("files.not-found");
		}
		return ResponseEntity.ok()
			.contentType(type)
			.eTag(etag)
			.cacheControl(PRIVATE)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
