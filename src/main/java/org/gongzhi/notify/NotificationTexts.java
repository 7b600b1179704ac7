package org.gongzhi.notify;

import java.util.List;
import java.util.Locale;

import org.gongzhi.notify.OutgoingNotification.RenderedNotification;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders a stored notification (kind, message key, arguments) in a language. */
@Component
class NotificationTexts {

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	RenderedNotification render(NotificationKind kind, String messageKey, List<MessageArgument> arguments,
			Locale language) {
		Object[] values = arguments.stream()
			.map((argument) -> argument.isKey() ? this.messages.getMessage(argument.value(), null, language)
					: argument.value())
			.toArray();
		return new RenderedNotification(this.messages.getMessage(kind.titleKey(), null, language),
				this.messages.getMessage(messageKey, values, language));
	}

}
