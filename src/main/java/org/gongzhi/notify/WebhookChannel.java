package org.gongzhi.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.gongzhi.notify.OutgoingNotification.RenderedNotification;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Posts notifications to a group chat through a 企业微信 or 钉钉 group robot, once per event.
 * Both take {@code {"msgtype":"text","text":{"content":…}}} and answer {@code errcode} 0
 * on success; a 钉钉 robot with 加签 security gets the signed timestamp as well. Off unless
 * {@code gongzhi.notify.webhook.enabled} and a URL are set.
 */
@Component
class WebhookChannel implements NotificationChannel {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final NotifyProperties.Webhook settings;

	private final Clock clock;

	private final RestClient http;

	WebhookChannel(NotifyProperties properties, Clock clock) {
		this.settings = properties.webhook();
		this.clock = clock;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
		requests.setReadTimeout(Duration.ofSeconds(10));
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	@Override
	public String name() {
		return "webhook";
	}

	@Override
	public boolean carries(NotificationKind kind) {
		return this.settings.enabled() && this.settings.url() != null && this.settings.kinds().contains(kind);
	}

	@Override
	public boolean perRecipient() {
		return false;
	}

	@Override
	public void deliver(OutgoingNotification notification) throws DeliveryException {
		RenderedNotification text = notification.texts(this.settings.language());
		ObjectNode message = JSON.createObjectNode().put("msgtype", "text");
		message.putObject("text").put("content", "【" + text.title() + "】" + text.body());
		String answer;
		try {
			answer = this.http.post()
				.uri(target())
				.contentType(MediaType.APPLICATION_JSON)
				.body(JSON.writeValueAsString(message))
				.retrieve()
				.body(String.class);
		}
		catch (RestClientResponseException ex) {
			throw new DeliveryException("robot answered HTTP " + ex.getStatusCode().value());
		}
		catch (RestClientException ex) {
			// the exception's message names the URL, which carries the robot's key
			throw new DeliveryException("robot not reachable");
		}
		JsonNode errcode = (answer != null && !answer.isBlank()) ? JSON.readTree(answer).path("errcode") : null;
		if (errcode == null || !errcode.isNumber()) {
			throw new DeliveryException("robot answered without errcode");
		}
		if (errcode.asInt() != 0) {
			throw new DeliveryException("robot answered errcode " + errcode.asInt());
		}
	}

	/** The robot's URL; for a 钉钉 robot with a secret, with its signed timestamp. */
	private URI target() throws DeliveryException {
		URI url = this.settings.url();
		String secret = this.settings.secret();
		if (this.settings.flavor() != NotifyProperties.Webhook.Flavor.DINGTALK || secret == null || secret.isBlank()) {
			return url;
		}
		long timestamp = this.clock.millis();
		String sign = URLEncoder.encode(sign(timestamp + "\n" + secret, secret), StandardCharsets.UTF_8);
		String separator = (url.getRawQuery() != null) ? "&" : "?";
		return URI.create(url + separator + "timestamp=" + timestamp + "&sign=" + sign);
	}

	/**
	 * 钉钉's signature: Base64 of HmacSHA256 over "timestamp\nsecret" keyed by the secret.
	 */
	static String sign(String text, String secret) throws DeliveryException {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new DeliveryException("cannot sign for the robot");
		}
	}

}
