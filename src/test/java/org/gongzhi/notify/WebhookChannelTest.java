package org.gongzhi.notify;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gongzhi.notify.NotifyProperties.Webhook.Flavor;
import org.gongzhi.notify.OutgoingNotification.RenderedNotification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The group robot channel against a local stand-in for the 企业微信 / 钉钉 robot API. */
class WebhookChannelTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

	private final List<URI> requests = new CopyOnWriteArrayList<>();

	private final List<String> bodies = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";

	private HttpServer robot;

	@BeforeEach
	void startRobot() throws IOException {
		this.robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.robot.createContext("/", (exchange) -> {
			this.requests.add(exchange.getRequestURI());
			this.bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			byte[] body = this.answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(this.status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.robot.start();
	}

	@AfterEach
	void stopRobot() {
		this.robot.stop(0);
	}

	@Test
	void postsATextMessageToAWeComRobot() throws Exception {
		WebhookChannel channel = channel(Flavor.WECOM, null, "/cgi-bin/webhook/send?key=robot-key");

		channel.deliver(notification());

		JsonNode sent = JSON.readTree(this.bodies.get(0));
		assertThat(sent.path("msgtype").asString()).isEqualTo("text");
		assertThat(sent.path("text").path("content").asString()).isEqualTo("【派遣任务】案件 HG20261123-0042 已派遣给本单位");
		assertThat(this.requests.get(0).getQuery()).isEqualTo("key=robot-key");
	}

	@Test
	void signsForADingTalkRobotWithASecret() throws Exception {
		WebhookChannel channel = channel(Flavor.DINGTALK, "SEC-test-secret", "/robot/send?access_token=token");

		channel.deliver(notification());

		Map<String, String> query = query(this.requests.get(0).getRawQuery());
		assertThat(query).containsEntry("access_token", "token")
			.containsEntry("timestamp", Long.toString(CLOCK.millis()));
		assertThat(query.get("sign"))
			.isEqualTo(WebhookChannel.sign(CLOCK.millis() + "\nSEC-test-secret", "SEC-test-secret"));
	}

	@Test
	void aRefusalIsAFailureThatNamesNoSecret() {
		WebhookChannel channel = channel(Flavor.WECOM, null, "/send?key=robot-key");
		this.answer = "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}";
		assertThatThrownBy(() -> channel.deliver(notification())).isInstanceOf(DeliveryException.class)
			.hasMessage("robot answered errcode 93000");

		this.status = 502;
		assertThatThrownBy(() -> channel.deliver(notification())).isInstanceOf(DeliveryException.class)
			.hasMessage("robot answered HTTP 502");

		this.robot.stop(0);
		assertThatThrownBy(() -> channel.deliver(notification())).isInstanceOf(DeliveryException.class)
			.hasMessage("robot not reachable")
			.hasMessageNotContaining("robot-key");
	}

	@Test
	void carriesNothingUnlessEnabledWithAUrl() {
		NotifyProperties.Webhook off = new NotifyProperties.Webhook(false, URI.create("http://127.0.0.1/"),
				Flavor.WECOM, null, Locale.SIMPLIFIED_CHINESE, Set.of(NotificationKind.CASE_DISPATCHED));
		NotifyProperties.Webhook noUrl = new NotifyProperties.Webhook(true, null, Flavor.WECOM, null,
				Locale.SIMPLIFIED_CHINESE, Set.of(NotificationKind.CASE_DISPATCHED));
		assertThat(channel(off).carries(NotificationKind.CASE_DISPATCHED)).isFalse();
		assertThat(channel(noUrl).carries(NotificationKind.CASE_DISPATCHED)).isFalse();
		WebhookChannel on = channel(Flavor.WECOM, null, "/");
		assertThat(on.carries(NotificationKind.CASE_DISPATCHED)).isTrue();
		assertThat(on.carries(NotificationKind.CASE_ACCEPTED)).isFalse();
		assertThat(on.perRecipient()).isFalse();
	}

	private WebhookChannel channel(Flavor flavor, String secret, String path) {
		URI url = URI.create("http://127.0.0.1:" + this.robot.getAddress().getPort() + path);
		return channel(new NotifyProperties.Webhook(true, url, flavor, secret, Locale.SIMPLIFIED_CHINESE,
				Set.of(NotificationKind.CASE_DISPATCHED)));
	}

	private static WebhookChannel channel(NotifyProperties.Webhook webhook) {
		return new WebhookChannel(new NotifyProperties(null, null, webhook), CLOCK);
	}

	private static OutgoingNotification notification() {
		return new OutgoingNotification(1, 2, NotificationKind.CASE_DISPATCHED, 3, "HG20261123-0042", Locale.ENGLISH,
				(locale) -> new RenderedNotification(locale.getLanguage().equals("zh") ? "派遣任务" : "New assignment",
						locale.getLanguage().equals("zh") ? "案件 HG20261123-0042 已派遣给本单位" : "Case HG20261123-0042"));
	}

	private static Map<String, String> query(String raw) {
		return java.util.Arrays.stream(raw.split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> pair[0], (pair) -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

}
