package org.gongzhi.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.TestHttp;
import org.gongzhi.support.TestHttp.FilePart;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attachments end to end: real files over real HTTP into the file storage and back.
 */
abstract class FilesContract extends ApplicationTest {

	@Autowired
	private Attachments attachments;

	@Autowired
	private TestOwnerAccess owners;

	@Autowired
	private UserDetailsService userDetails;

	@Autowired
	private UploadCleanup cleanup;

	@Autowired
	private FileStorage storage;

	@Test
	void aPhonePhotoIsStoredUprightWithoutItsExifAndWithASmallThumbnail() throws IOException {
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		// 400×200 as the sensor saw it; EXIF orientation 6 says: turn 90° clockwise to
		// view
		JsonNode photo = upload(grid, "井盖破损.jpg", "image/jpeg", SampleFiles.photoWithGps(400, 200, 6));

		assertThat(photo.path("mediaType").asString()).isEqualTo("image/jpeg");
		assertThat(photo.path("fileName").asString()).isEqualTo("井盖破损.jpg");
		HttpResponse<byte[]> stored = grid.getBytes(photo.path("url").asString());
		assertThat(stored.statusCode()).isEqualTo(200);
		assertThat(stored.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		byte[] content = stored.body();
		assertThat(photo.path("size").asLong()).isEqualTo(content.length);
		assertThat(markersBeforeScan(content)).as("no APP1 (EXIF/XMP) segment").doesNotContain(0xFFE1);
		assertThat(new String(content, StandardCharsets.ISO_8859_1)).doesNotContain("Exif")
			.doesNotContain(SampleFiles.EXIF_MARKER);
		BufferedImage upright = ImageIO.read(new ByteArrayInputStream(content));
		assertThat(upright.getWidth()).isEqualTo(200);
		assertThat(upright.getHeight()).isEqualTo(400);
		// the red top of the sensor image is now on the right
		assertThat(isRed(upright.getRGB(150, 200))).isTrue();
		assertThat(isRed(upright.getRGB(50, 200))).isFalse();

		HttpResponse<byte[]> thumbnail = grid.getBytes(photo.path("thumbnailUrl").asString());
		assertThat(thumbnail.statusCode()).isEqualTo(200);
		assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
		assertThat(Math.max(small.getWidth(), small.getHeight())).isLessThanOrEqualTo(320);
		assertThat(small.getHeight()).isGreaterThan(small.getWidth());
	}

	@Test
	void aLargePhotoIsScaledDownToItsLongSideLimit() throws IOException {
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		JsonNode photo = upload(grid, "wide.jpg", "image/jpeg", SampleFiles.photoWithGps(3000, 1500, 1));
		BufferedImage stored = ImageIO
			.read(new ByteArrayInputStream(grid.getBytes(photo.path("url").asString()).body()));
		assertThat(stored.getWidth()).isEqualTo(2560);
		assertThat(stored.getHeight()).isEqualTo(1280);
	}

	static Stream<Arguments> refusedFiles() {
		return Stream.of(Arguments.of("photo.jpg", SampleFiles.program(), "可执行程序", "is a program"),
				Arguments.of("photo.jpg", SampleFiles.webPage(), "网页", "web page"),
				Arguments.of("map.svg", SampleFiles.svg(), "SVG", "SVG"),
				Arguments.of("IMG_0001.HEIC", SampleFiles.heic(), "HEIC", "HEIC"),
				Arguments.of("台账.doc", SampleFiles.legacyWord(), "旧版 Office", "old Office"),
				Arguments.of("台账.xlsx", SampleFiles.xlsm(), "含有宏", "contains macros"),
				Arguments.of("photos.zip", SampleFiles.plainZip(), "压缩包", "archive"));
	}

	@ParameterizedTest
	@MethodSource("refusedFiles")
	void whatIsNotAPhotoVideoOrDocumentIsRefusedWhateverItsNameWithAReason(String name, byte[] content, String chinese,
			String english) {
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		TestHttp.Response zh = grid.postFiles("/api/files", List.of(new FilePart(name, "image/jpeg", content)));
		assertThat(zh.status()).isEqualTo(415);
		assertThat(zh.contentType()).startsWith("application/problem+json");
		assertThat(zh.json().path("detail").asString()).contains(name).contains(chinese);
		TestHttp.Response en = grid.postFiles("/api/files", List.of(new FilePart(name, "image/jpeg", content)),
				"Accept-Language", "en");
		assertThat(en.status()).isEqualTo(415);
		assertThat(en.json().path("detail").asString()).contains(name).contains(english);
	}

	@Test
	void aPhotoOverTheSizeLimitIsRefusedAsTooLarge() {
		byte[] huge = SampleFiles.padded(SampleFiles.jpegStart(), 20 * 1024 * 1024 + 1);
		TestHttp.Response response = http().loginAs(DemoUser.GRID_WORKER)
			.postFiles("/api/files", List.of(new FilePart("huge.jpg", "image/jpeg", huge)), "Accept-Language", "en");
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("detail").asString()).contains("huge.jpg").contains("20 MB");
	}

	@Test
	void emptyDamagedAndOversizedImagesAreUnprocessable() {
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		TestHttp.Response empty = grid.postFiles("/api/files",
				List.of(new FilePart("空.jpg", "image/jpeg", new byte[0])));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.json().path("detail").asString()).contains("是空的");
		TestHttp.Response bomb = grid.postFiles("/api/files",
				List.of(new FilePart("bomb.png", "image/png", SampleFiles.pixelBomb(20_000, 20_000))),
				"Accept-Language", "en");
		assertThat(bomb.status()).isEqualTo(422);
		assertThat(bomb.json().path("detail").asString()).contains("20000×20000").contains("50 megapixels");
		TestHttp.Response damaged = grid.postFiles("/api/files",
				List.of(new FilePart("clip.mp4", "video/mp4", SampleFiles.truncatedMovie())));
		assertThat(damaged.status()).isEqualTo(422);
		assertThat(damaged.json().path("detail").asString()).contains("已损坏");
	}

	@Test
	void pngPdfWordAndTextAreTakenAsWhatTheirContentIsWhateverTheClientClaims() {
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		TestHttp.Response response = grid.postFiles("/api/files", List.of(
				new FilePart("scan.bin", "application/octet-stream", SampleFiles.transparentPng(64, 48)),
				new FilePart("通报", "text/plain", SampleFiles.pdf()),
				new FilePart("台账.docx", "application/octet-stream", SampleFiles.docx()),
				new FilePart("巡查记录.txt", "application/octet-stream",
						SampleFiles.text("巡查记录：井盖已复位。\n", StandardCharsets.UTF_8)),
				new FilePart("旧记录.txt", "text/plain", SampleFiles.text("旧系统导出的记录\r\n", Charset.forName("GB18030")))));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		JsonNode files = response.json();
		assertThat(files.get(0).path("mediaType").asString()).isEqualTo("image/png");
		assertThat(files.get(0).path("fileName").asString()).isEqualTo("scan.png");
		assertThat(files.get(0).path("thumbnailUrl").isNull()).isFalse();
		assertThat(files.get(1).path("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(files.get(1).path("fileName").asString()).isEqualTo("通报.pdf");
		assertThat(files.get(1).path("thumbnailUrl").isNull()).isTrue();
		assertThat(files.get(2).path("mediaType").asString()).contains("wordprocessingml");
		assertThat(files.get(3).path("mediaType").asString()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(files.get(4).path("mediaType").asString()).isEqualTo("text/plain;charset=GB18030");

		HttpResponse<byte[]> png = grid.getBytes(files.get(0).path("url").asString());
		assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
		HttpResponse<byte[]> pdf = grid.getBytes(files.get(1).path("url").asString());
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;")
			.contains("filename*=UTF-8''%E9%80%9A%E6%8A%A5.pdf");
		HttpResponse<byte[]> word = grid.getBytes(files.get(2).path("url").asString());
		assertThat(word.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
		assertThat(word.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(word.body()).isEqualTo(SampleFiles.docx());
	}

	@Test
	void aWebPIsReEncodedAndAGifKeptAsSentBothWithThumbnails() {
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		JsonNode webp = upload(grid, "photo.webp", "image/webp", SampleFiles.webp());
		assertThat(webp.path("mediaType").asString()).isEqualTo("image/jpeg");
		assertThat(webp.path("fileName").asString()).isEqualTo("photo.jpg");
		byte[] gif = SampleFiles.gif(30, 20);
		JsonNode stored = upload(grid, "动图.gif", "image/gif", gif);
		assertThat(stored.path("mediaType").asString()).isEqualTo("image/gif");
		assertThat(grid.getBytes(stored.path("url").asString()).body()).isEqualTo(gif);
		assertThat(grid.getBytes(stored.path("thumbnailUrl").asString()).statusCode()).isEqualTo(200);
	}

	@Test
	void aMovieIsStoredWithoutTheRecordedLocationAndServedInRanges() {
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		byte[] movie = SampleFiles.movieWithLocation();
		JsonNode video = upload(grid, "clip.mov", "video/quicktime", movie);
		assertThat(video.path("mediaType").asString()).isEqualTo("video/mp4");
		assertThat(video.path("fileName").asString()).isEqualTo("clip.mp4");
		assertThat(video.path("thumbnailUrl").isNull()).isTrue();
		String url = video.path("url").asString();

		HttpResponse<byte[]> whole = grid.getBytes(url);
		assertThat(whole.body()).hasSize(movie.length);
		assertThat(new String(whole.body(), StandardCharsets.ISO_8859_1)).doesNotContain(SampleFiles.VIDEO_LOCATION)
			.contains("mdat")
			.contains("free");
		assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");

		HttpResponse<byte[]> part = grid.getBytes(url, "Range", "bytes=0-99");
		assertThat(part.statusCode()).isEqualTo(206);
		assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + movie.length);
		assertThat(part.body()).isEqualTo(java.util.Arrays.copyOf(whole.body(), 100));

		String etag = whole.headers().firstValue("ETag").orElseThrow();
		assertThat(grid.getBytes(url, "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(whole.headers().firstValue("Cache-Control").orElseThrow()).contains("private");
	}

	@Test
	void anUnattachedFileIsServedOnlyToItsUploader() {
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		JsonNode photo = upload(grid, "a.jpg", "image/jpeg", SampleFiles.photoWithGps(40, 30, 1));
		String url = photo.path("url").asString();
		assertThat(grid.getBytes(url).statusCode()).isEqualTo(200);
		TestHttp dispatcher = http().loginAs(DemoUser.DISPATCHER);
		TestHttp.Response denied = dispatcher.get(url);
		assertThat(denied.status()).isEqualTo(404);
		assertThat(denied.contentType()).startsWith("application/problem+json");
		assertThat(dispatcher.get(photo.path("thumbnailUrl").asString()).status()).isEqualTo(404);
		assertThat(http().get(url, "Accept", "text/html").status()).as("anonymous: to the sign-in page").isEqualTo(302);
	}

	@Test
	void anAttachedFileIsServedToWhomTheOwnerLetsReadItAndListedInUploadOrder() {
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		UUID first = id(upload(grid, "before.jpg", "image/jpeg", SampleFiles.photoWithGps(40, 30, 1)));
		UUID second = id(upload(grid, "after.jpg", "image/jpeg", SampleFiles.photoWithGps(40, 30, 1)));
		String owner = "owner-" + UUID.randomUUID();
		this.owners.allow(owner, DemoUser.RESIDENT);

		List<Attachment> attached = as(DemoUser.GRID_WORKER,
				() -> this.attachments.attach(List.of(second, first), TestOwnerAccess.TYPE, owner));
		assertThat(attached).extracting(Attachment::id).containsExactly(first, second);
		assertThat(this.attachments.of(TestOwnerAccess.TYPE, owner)).extracting(Attachment::fileName)
			.containsExactly("before.jpg", "after.jpg");
		assertThat(as(DemoUser.GRID_WORKER, () -> this.attachments.attach(List.of(first), TestOwnerAccess.TYPE, owner)))
			.as("attaching again to the same owner is harmless")
			.hasSize(1);

		assertThat(http().loginAs(DemoUser.RESIDENT).getBytes("/files/" + first).statusCode()).isEqualTo(200);
		assertThat(grid.getBytes("/files/" + first).statusCode()).as("the owner decides, not the uploader")
			.isEqualTo(404);
		this.owners.allow(owner, DemoUser.GRID_WORKER);
		assertThat(grid.getBytes("/files/" + first + "/thumbnail").statusCode()).isEqualTo(200);
	}

	@Test
	void filesOfAnotherUserUnknownOrAlreadyBoundCannotBeAttached() {
		UUID photo = id(upload(http().loginAs(DemoUser.GRID_WORKER), "a.jpg", "image/jpeg",
				SampleFiles.photoWithGps(40, 30, 1)));
		String owner = "owner-" + UUID.randomUUID();

		assertThatThrownBy(
				() -> as(DemoUser.RESIDENT, () -> this.attachments.attach(List.of(photo), TestOwnerAccess.TYPE, owner)))
			.isInstanceOf(InvalidInputException.class)
			.extracting((ex) -> ((InvalidInputException) ex).messageKey())
			.isEqualTo("files.attach.unknown");
		assertThatThrownBy(() -> as(DemoUser.GRID_WORKER,
				() -> this.attachments.attach(List.of(photo, UUID.randomUUID()), TestOwnerAccess.TYPE, owner)))
			.isInstanceOf(InvalidInputException.class)
			.extracting((ex) -> ((InvalidInputException) ex).messageKey())
			.isEqualTo("files.attach.unknown");
		assertThat(this.attachments.of(TestOwnerAccess.TYPE, owner)).as("all or nothing").isEmpty();

		as(DemoUser.GRID_WORKER, () -> this.attachments.attach(List.of(photo), TestOwnerAccess.TYPE, owner));
		assertThatThrownBy(() -> as(DemoUser.GRID_WORKER,
				() -> this.attachments.attach(List.of(photo), TestOwnerAccess.TYPE, "another-owner")))
			.isInstanceOf(InvalidInputException.class)
			.extracting((ex) -> ((InvalidInputException) ex).messageKey())
			.isEqualTo("files.attach.bound");
	}

	@Test
	void whenOneFileOfAnUploadIsRefusedNoneIsStored() {
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		long before = countFiles();
		TestHttp.Response response = grid.postFiles("/api/files",
				List.of(new FilePart("ok.jpg", "image/jpeg", SampleFiles.photoWithGps(40, 30, 1)),
						new FilePart("setup.jpg", "image/jpeg", SampleFiles.program())));
		assertThat(response.status()).isEqualTo(415);
		assertThat(countFiles()).isEqualTo(before);
	}

	@Test
	void apiClientsUploadAndReadFilesWithAToken() {
		TestHttp client = http();
		TestHttp.Response uploaded = client.postFiles("/api/files",
				List.of(new FilePart("现场.jpg", "image/jpeg", SampleFiles.photoWithGps(40, 30, 1))), "Authorization",
				"Bearer demo-dispatcher-210105");
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		UUID id = id(uploaded.json().get(0));
		assertThat(http().getBytes("/api/files/" + id, "Authorization", "Bearer demo-dispatcher-210105").statusCode())
			.isEqualTo(200);
		assertThat(http().getBytes("/api/files/" + id, "Authorization", "Bearer demo-leader-210105").statusCode())
			.isEqualTo(404);
	}

	@Test
	void uploadsNeverAttachedAreRemovedAfterADayAndStrayContentIsSwept() throws IOException {
		TestHttp grid = http().loginAs(DemoUser.GRID_WORKER);
		UUID kept = id(upload(grid, "kept.jpg", "image/jpeg", SampleFiles.photoWithGps(40, 30, 1)));
		UUID forgotten = id(upload(grid, "forgotten.jpg", "image/jpeg", SampleFiles.photoWithGps(40, 30, 1)));
		String owner = "owner-" + UUID.randomUUID();
		as(DemoUser.GRID_WORKER, () -> this.attachments.attach(List.of(kept), TestOwnerAccess.TYPE, owner));
		this.storage.put("zz/zz/stray", new ByteArrayInputStream(new byte[] { 1, 2, 3 }));

		this.clock.advance(Duration.ofHours(25));
		assertThat(this.cleanup.removeUnattached()).isGreaterThanOrEqualTo(1);
		assertThat(this.cleanup.removeOrphans()).isGreaterThanOrEqualTo(1);

		// the session of a day ago has timed out
		assertThat(http().loginAs(DemoUser.GRID_WORKER).get("/files/" + forgotten).status()).isEqualTo(404);
		assertThat(this.storage.get(Uploads.keyOf(forgotten)).exists()).isFalse();
		assertThat(this.storage.get("zz/zz/stray").exists()).isFalse();
		assertThat(this.storage.get(Uploads.keyOf(kept)).exists()).isTrue();
		assertThat(this.storage.get(Uploads.keyOf(kept) + ".thumb").exists()).isTrue();
		assertThat(this.attachments.of(TestOwnerAccess.TYPE, owner)).hasSize(1);
	}

	private JsonNode upload(TestHttp client, String name, String type, byte[] content) {
		TestHttp.Response response = client.postFiles("/api/files", List.of(new FilePart(name, type, content)));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get(0);
	}

	private <T> T as(DemoUser user, Supplier<T> action) {
		UserDetails details = this.userDetails.loadUserByUsername(user.username());
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long countFiles() {
		return this.jdbc.sql("select count(*) from stored_file").query(Long.class).single();
	}

	private static UUID id(JsonNode attachment) {
		return UUID.fromString(attachment.path("id").asString());
	}

	private static boolean isRed(int rgb) {
		return ((rgb >> 16) & 0xFF) > 200 && (rgb & 0xFF) < 80;
	}

	/** The markers of a JPEG's segments up to the image data. */
	private static List<Integer> markersBeforeScan(byte[] jpeg) {
		List<Integer> markers = new java.util.ArrayList<>();
		int at = 2;
		while (at + 4 <= jpeg.length) {
			int marker = ((jpeg[at] & 0xFF) << 8) | (jpeg[at + 1] & 0xFF);
			markers.add(marker);
			if (marker == 0xFFDA) {
				break;
			}
			at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
		}
		return markers;
	}

}
