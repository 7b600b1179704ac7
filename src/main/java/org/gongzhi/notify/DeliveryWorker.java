package org.gongzhi.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers pending notifications over their channels, on every node: the queue's row
 * locks keep two nodes from sending the same one. A failed attempt is retried with a
 * doubling wait until the last attempt, then the delivery is marked failed; attempts and
 * the last error are kept with the delivery and counted in the metrics
 * ({@code gongzhi.notify.deliveries} by channel and outcome).
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final int MAX_ERROR = 300;

	private final DeliveryQueue queue;

	private final Map<String, NotificationChannel> channels;

	private final NotificationTexts texts;

	private final ReaderLanguages languages;

	private final NotifyProperties.Delivery settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final MeterRegistry meters;

	DeliveryWorker(DeliveryQueue queue, List<NotificationChannel> channels, NotificationTexts texts,
			ReaderLanguages languages, NotifyProperties properties, TransactionTemplate transactions, Clock clock,
			MeterRegistry meters) {
		this.queue = queue;
		this.channels = channels.stream().collect(Collectors.toMap(NotificationChannel::name, Function.identity()));
		this.texts = texts;
		this.languages = languages;
		this.settings = properties.delivery();
		this.transactions = transactions;
		this.clock = clock;
		this.meters = meters;
	}

	@Scheduled(fixedDelayString = "${gongzhi.notify.delivery.interval:5s}",
			initialDelayString = "${gongzhi.notify.delivery.interval:5s}")
	void run() {
		try {
			deliverDue();
		}
		catch (RuntimeException ex) {
			// the database may be briefly away; the next run tries again
			log.warn("Notification delivery run failed: {}", ex.getClass().getSimpleName());
		}
	}

	/**
	 * Delivers what is due now, batch after batch, until nothing due is left unclaimed.
	 * @return the number of attempts made
	 */
	int deliverDue() {
		int total = 0;
		int attempted;
		do {
			attempted = this.transactions.execute((status) -> deliverBatch());
			total += attempted;
		}
		while (attempted == this.settings.batchSize());
		return total;
	}

	/** Claims one batch and attempts each delivery, inside the claiming transaction. */
	private int deliverBatch() {
		Instant now = this.clock.instant();
		List<DeliveryQueue.Due> due = this.queue.claim(now, this.settings.batchSize());
		if (due.isEmpty()) {
			return 0;
		}
		Map<Long, DeliveryQueue.Stored> stored = this.queue
			.notifications(due.stream().map(DeliveryQueue.Due::notificationId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(DeliveryQueue.Stored::id, Function.identity()));
		Map<Long, Locale> readers = this.languages
			.of(stored.values().stream().map(DeliveryQueue.Stored::recipientId).distinct().toList());
		for (DeliveryQueue.Due delivery : due) {
			DeliveryQueue.Stored notification = stored.get(delivery.notificationId());
			attempt(delivery, outgoing(notification, readers.get(notification.recipientId())), now);
		}
		return due.size();
	}

	private void attempt(DeliveryQueue.Due delivery, OutgoingNotification notification, Instant now) {
		NotificationChannel channel = this.channels.get(delivery.channel());
		if (channel == null) {
			giveUp(delivery, "channel not available");
			return;
		}
		try {
			channel.deliver(notification);
			this.queue.sent(delivery, now);
			count(delivery.channel(), "sent");
		}
		catch (DeliveryException ex) {
			failed(delivery, ex.getMessage(), now);
		}
		catch (RuntimeException ex) {
			// an unexpected exception's message may carry a URL with its key or a
			// number: keep its type only
			failed(delivery, ex.getClass().getName(), now);
		}
	}

	private void failed(DeliveryQueue.Due delivery, String error, Instant now) {
		int attempts = delivery.attempts() + 1;
		if (attempts >= this.settings.maxAttempts()) {
			giveUp(delivery, error);
			return;
		}
		this.queue.failed(delivery, truncate(error), now.plus(this.settings.backoff(attempts)));
		count(delivery.channel(), "retry");
	}

	private void giveUp(DeliveryQueue.Due delivery, String error) {
		this.queue.failed(delivery, truncate(error), null);
		count(delivery.channel(), "failed");
		log.warn("Notification {} not delivered over {} after {} attempts: {}", delivery.notificationId(),
				delivery.channel(), delivery.attempts() + 1, truncate(error));
	}

	private OutgoingNotification outgoing(DeliveryQueue.Stored notification, Locale language) {
		List<MessageArgument> arguments = MessageArgument.decode(notification.messageArgs());
		return new OutgoingNotification(notification.id(), notification.recipientId(), notification.kind(),
				notification.caseId(), notification.caseNumber(), language,
				(locale) -> this.texts.render(notification.kind(), notification.messageKey(), arguments, locale));
	}

	private void count(String channel, String outcome) {
		this.meters.counter("gongzhi.notify.deliveries", "channel", channel, "outcome", outcome).increment();
	}

	private static String truncate(String error) {
		String text = (error != null) ? error : "unknown";
		return (text.length() > MAX_ERROR) ? text.substring(0, MAX_ERROR) : text;
	}

}
