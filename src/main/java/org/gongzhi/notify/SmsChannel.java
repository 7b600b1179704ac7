package org.gongzhi.notify;

import org.gongzhi.notify.OutgoingNotification.RenderedNotification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Text messages to the recipient's phone, in their language, for the kinds worth one
 * ({@code gongzhi.notify.sms.kinds}); carries nothing while no
 * {@link NotificationSmsSender} is registered.
 */
@Component
class SmsChannel implements NotificationChannel {

	private final ObjectProvider<NotificationSmsSender> senders;

	private final NotifyProperties.Sms settings;

	private final MessageSource messages;

	SmsChannel(ObjectProvider<NotificationSmsSender> senders, NotifyProperties properties, MessageSource messages) {
		this.senders = senders;
		this.settings = properties.sms();
		this.messages = messages;
	}

	/** The sender of highest precedence: a real gateway before the demo's log. */
	private NotificationSmsSender sender() {
		return this.senders.orderedStream().findFirst().orElse(null);
	}

	@Override
	public String name() {
		return "sms";
	}

	@Override
	public boolean carries(NotificationKind kind) {
		return this.settings.enabled() && this.settings.kinds().contains(kind) && sender() != null;
	}

	@Override
	public void deliver(OutgoingNotification notification) throws DeliveryException {
		NotificationSmsSender sender = sender();
		if (sender == null) {
			throw new DeliveryException("no SMS sender registered");
		}
		RenderedNotification text = notification.texts();
		sender.send(notification.recipientUserId(), this.messages.getMessage("notify.sms.text",
				new Object[] { text.title(), text.body() }, notification.recipientLanguage()));
	}

}
