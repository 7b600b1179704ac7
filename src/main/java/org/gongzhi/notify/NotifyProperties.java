package org.gongzhi.notify;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code gongzhi.notify.*}.
 *
 * @param delivery the delivery worker
 * @param sms the SMS channel
 * @param webhook the group robot channel
 */
@ConfigurationProperties("gongzhi.notify")
record NotifyProperties(@DefaultValue Delivery delivery, @DefaultValue Sms sms, @DefaultValue Webhook webhook) {

	/**
	 * @param interval pause between two runs of the worker on one node
	 * @param batchSize deliveries one run claims at a time
	 * @param maxAttempts attempts before a delivery is given up as failed
	 * @param firstRetry wait before the second attempt; doubled for each further one
	 * @param maxRetry longest wait between two attempts
	 */
	record Delivery(@DefaultValue("5s") Duration interval, @DefaultValue("20") int batchSize,
			@DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration firstRetry,
			@DefaultValue("1h") Duration maxRetry) {

		/** How long to wait after the given number of failed attempts (1, 2, …). */
		Duration backoff(int failedAttempts) {
			Duration wait = this.firstRetry.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
			return (wait.compareTo(this.maxRetry) > 0) ? this.maxRetry : wait;
		}

	}

	/**
	 * @param enabled whether notifications go out by SMS when an
	 * {@link NotificationSmsSender} is registered
	 * @param kinds the kinds worth a text message
	 */
	record Sms(@DefaultValue("true") boolean enabled, @DefaultValue( {
			"CASE_DISPATCHED", "CASE_ESCALATED", "CASE_SUPERVISED", "CASE_OVERDUE",
			"CASE_CLOSED" }) Set<NotificationKind> kinds){

	}

	/**
	 * A group robot of 企业微信 (WeCom) or 钉钉 (DingTalk), e.g. in the command centre's group
	 * chat. Off unless configured.
	 *
	 * @param enabled whether to post to it
	 * @param url the robot's webhook address (with its key)
	 * @param flavor which messenger it belongs to
	 * @param secret DingTalk's signing secret (加签), if the robot uses one
	 * @param language language of the posted texts
	 * @param kinds the kinds posted
	 */
	record Webhook(@DefaultValue("false") boolean enabled, URI url, @DefaultValue("WECOM") Flavor flavor, String secret,
			@DefaultValue("zh-CN") Locale language, @DefaultValue( {
					"CASE_DISPATCHED", "CASE_RETURNED", "CASE_ESCALATED", "CASE_SUPERVISED",
					"CASE_OVERDUE" }) Set<NotificationKind> kinds){

		/** The messenger a robot belongs to. */
		enum Flavor {

			/** 企业微信 */
			WECOM,
			/** 钉钉 */
			DINGTALK

		}

	}

}
