package org.gongzhi.cases;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import org.gongzhi.support.TestHttp;

/**
 * An Open311 client as a third-party app would be: no session, no CSRF token,
 * form-encoded POSTs with the api_key as a parameter; and a real XML parser for the XML
 * answers.
 */
final class Open311Client {

	static final String BASE = "/open311/v2";

	/** The demo's API token of the district dispatcher (README). */
	static final String DISPATCHER_KEY = "demo-dispatcher-210105";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String base;

	Open311Client(int port) {
		this.base = "http://localhost:" + port;
	}

	TestHttp.Response get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	TestHttp.Response post(String path, Form form, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.encoded())));
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + BASE + path));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
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

	/** Parses an XML answer with a real (non-validating, no DTDs) parser. */
	static Xml xml(TestHttp.Response response) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return new Xml(factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body()))));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new AssertionError("not well-formed XML: " + response.body(), ex);
		}
	}

	/** A parsed XML document, read by XPath. */
	record Xml(Document document) {

		String root() {
			return this.document.getDocumentElement().getTagName();
		}

		String text(String xpath) {
			try {
				return XPathFactory.newInstance().newXPath().evaluate(xpath, this.document);
			}
			catch (XPathExpressionException ex) {
				throw new IllegalArgumentException(xpath, ex);
			}
		}

		int count(String xpath) {
			return texts(xpath).size();
		}

		List<String> texts(String xpath) {
			try {
				NodeList nodes = (NodeList) XPathFactory.newInstance()
					.newXPath()
					.evaluate(xpath, this.document, XPathConstants.NODESET);
				List<String> texts = new ArrayList<>();
				for (int i = 0; i < nodes.getLength(); i++) {
					texts.add(nodes.item(i).getTextContent());
				}
				return texts;
			}
			catch (XPathExpressionException ex) {
				throw new IllegalArgumentException(xpath, ex);
			}
		}

	}

	/** Form fields in order; a name may repeat ({@code attribute[code][]}). */
	static final class Form {

		private final List<String[]> fields = new ArrayList<>();

		Form with(String name, Object value) {
			this.fields.add(new String[] { name, String.valueOf(value) });
			return this;
		}

		Form without(String name) {
			this.fields.removeIf((field) -> field[0].equals(name));
			return this;
		}

		String encoded() {
			return this.fields.stream()
				.map((field) -> URLEncoder.encode(field[0], StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field[1], StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		}

	}

}
