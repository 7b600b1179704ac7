package org.gongzhi.notify;

import java.util.Locale;
import java.util.function.Function;

/**
 * A notification on its way to a channel, with its texts ready in any language.
 */
public final class OutgoingNotification {

	private final long id;

	private final long recipientUserId;

	private final NotificationKind kind;

	private final long caseId;

	private final String caseNumber;

	private final Locale recipientLanguage;

	private final Function<Locale, RenderedNotification> texts;

	OutgoingNotification(long id, long recipientUserId, NotificationKind kind, long caseId, String caseNumber,
			Locale recipientLanguage, Function<Locale, RenderedNotification> texts) {
		this.id = id;
		this.recipientUserId = recipientUserId;
		this.kind = kind;
		this.caseId = caseId;
		this.caseNumber = caseNumber;
		this.recipientLanguage = recipientLanguage;
		this.texts = texts;
	}

	public long id() {
		return this.id;
	}

	public long recipientUserId() {
		return this.recipientUserId;
	}

	public NotificationKind kind() {
		return this.kind;
	}

	public long caseId() {
		return this.caseId;
	}

	public String caseNumber() {
		return this.caseNumber;
	}

	/** The language the recipient last read notifications in; zh-CN if never. */
	public Locale recipientLanguage() {
		return this.recipientLanguage;
	}

	/** Title and body in the language. */
	public RenderedNotification texts(Locale language) {
		return this.texts.apply(language);
	}

	/** Title and body in the recipient's language. */
	public RenderedNotification texts() {
		return texts(this.recipientLanguage);
	}

	/** Path of the case page, relative to the application. */
	public String link() {
		return "/cases/" + this.caseId;
	}

	/**
	 * A notification's texts in one language.
	 *
	 * @param title short title, e.g. 立案通知
	 * @param body the sentence, e.g. 您上报的 HG20261123-0042 已立案
	 */
	public record RenderedNotification(String title, String body) {

	}

}
