package org.gongzhi.cases;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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
