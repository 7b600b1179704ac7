package org.gongzhi.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each user last read their notifications in, so that a text message or
 * other channel speaks it too. Identity keeps no language preference; the inbox learns
 * it.
 */
@Repository
class ReaderLanguages {

	static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReaderLanguages(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Remembers the language the user reads in; writes only when it changed. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void remember(long userId, Locale language) {
		String tag = supported(language).toLanguageTag();
		List<String> known = this.jdbc.sql("select language from notification_reader where user_id = ?")
			.param(userId)
			.query(String.class)
			.list();
		if (known.contains(tag)) {
			return;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		if (known.isEmpty()) {
			this.jdbc
				.sql("insert into notification_reader (user_id, language, updated_at) values (?, ?, ?)"
						+ " on conflict do nothing")
				.params(userId, tag, now)
				.update();
		}
		else {
			this.jdbc.sql("update notification_reader set language = ?, updated_at = ? where user_id = ?")
				.params(tag, now, userId)
				.update();
		}
	}

	/** The users' languages; {@link #DEFAULT} for those who never read their inbox. */
	@Transactional(readOnly = true)
	Map<Long, Locale> of(Collection<Long> userIds) {
		Map<Long, Locale> languages = new HashMap<>();
		userIds.forEach((id) -> languages.put(id, DEFAULT));
		if (!userIds.isEmpty()) {
			this.jdbc.sql("select user_id, language from notification_reader where user_id in (:ids)")
				.param("ids", userIds)
				.query((RowCallbackHandler) (rs) -> languages.put(rs.getLong(1),
						Locale.forLanguageTag(rs.getString(2))));
		}
		return languages;
	}

	private static Locale supported(Locale language) {
		return (language != null && "en".equals(language.getLanguage())) ? Locale.ENGLISH : DEFAULT;
	}

}
