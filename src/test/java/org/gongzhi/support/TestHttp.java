package org.gongzhi.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.demo.DemoUser;

/**
 * A real HTTP client with its own cookie jar, so tests go through the servlet container,
 * the security filters and the error dispatch exactly as a browser or an integration
 * would.
 */
public final class TestHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	TestHttp(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Signs in through the login form, as a person would. */
	public TestHttp loginAs(DemoUser user) {
		Response response = login(user.username(), DemoUser.password());
		if (response.status() != 302 || response.header("Location").contains("/login")) {
			throw new IllegalStateException("login of " + user.username() + " failed: " + response.status());
		}
		return this;
	}

	/** Signs in with any account, e.g. one a test created; fails unless it succeeds. */
	public TestHttp loginAs(String username, String password) {
		Response response = login(username, password);
		if (response.status() != 302 || response.header("Location").contains("/login")) {
			throw new IllegalStateException("login of " + username + " failed: " + response.header("Location"));
		}
		return this;
	}

	public Response login(String username, String password) {
		return postForm("/login", Map.of("username", username, "password", password));
	}

	public Response get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public Response postJson(String path, String json, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response putJson(String path, String json, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", csrfToken())
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response delete(String path, String... headers) {
		return send(request(path, headers).header("X-CSRF-TOKEN", csrfToken()).DELETE());
	}

	public Response postForm(String path, Map<String, String> fields) {
		String token = csrfToken();
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&", "_csrf=" + encode(token) + "&", ""));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A GET with an API token instead of a session. */
	public Response getWithToken(String path, String token) {
		return get(path, "Authorization", "Bearer " + token);
	}

	/** A JSON POST with an API token: no session, no CSRF token. */
	public Response postJsonWithToken(String path, String json, String token) {
		return send(request(path, "Authorization", "Bearer " + token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * A {@code multipart/form-data} POST of files (each as a part named {@code file}), as
	 * a browser's file input sends them, with this session's CSRF token.
	 */
	public Response postFiles(String path, List<FilePart> files, String... headers) {
		String boundary = "----GongzhiTest" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (FilePart file : files) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path, headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", csrfToken())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** A GET whose body is kept as bytes, for files and images. */
	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		try {
			return this.client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A CSRF token of this client's session, taken from the login page as a browser
	 * would.
	 */
	private String csrfToken() {
		Matcher matcher = CSRF.matcher(get("/login").body());
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		return matcher.group(1);
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** One file of a multipart upload, with the name and type the client claims. */
	public record FilePart(String fileName, String contentType, byte[] content) {

	}

	/** One HTTP response. */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return this.raw.statusCode();
		}

		public String body() {
			return this.raw.body();
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse("");
		}

		public String contentType() {
			return header("Content-Type");
		}

		public JsonNode json() {
			return JSON.readTree(this.raw.body());
		}

	}

}
