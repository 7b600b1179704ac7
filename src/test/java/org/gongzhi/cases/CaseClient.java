package org.gongzhi.cases;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.gongzhi.support.TestHttp;

/** An API client acting as one user through their API token (no session, no CSRF). */
final class CaseClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String base;

	private final String token;

	CaseClient(String base, String token) {
		this.base = base;
		this.token = token;
	}

	TestHttp.Response get(String path) {
		return send(request(path).GET());
	}

	TestHttp.Response post(String path, String json, String... headers) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	/** Uploads one file as {@code POST /api/files} (multipart) and returns its id. */
	UUID upload(String fileName, String mediaType, byte[] content) {
		String boundary = "----case-test-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + mediaType + "\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		TestHttp.Response response = send(
				request("/api/files").header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		if (response.status() != 201) {
			throw new IllegalStateException("upload failed: " + response.status() + " " + response.body());
		}
		return UUID.fromString(response.json().get(0).path("id").asString());
	}

	/** A small photo, as a phone would send it. */
	UUID uploadPhoto() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, 64, 48);
		graphics.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return upload("现场.png", "image/png", png.toByteArray());
	}

	TestHttp.Response put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", "Bearer " + this.token)
			.header("Accept-Language", "zh-CN");
	}

	private static TestHttp.Response send(HttpRequest.Builder request) {
		try {
			return new TestHttp.Response(
					HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
