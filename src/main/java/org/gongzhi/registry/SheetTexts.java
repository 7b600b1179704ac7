package org.gongzhi.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongzhi.registry.RegistrySheet.Column;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the registry's Excel sheets: headers and choice labels in a language, and
 * the reading of what a cell holds (a header or a choice in Chinese or English, a date as
 * 2024-03-01, 2024/3/1 or 20240301).
 */
@Component
class SheetTexts {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final List<Locale> LANGUAGES = List.of(CHINESE, Locale.ENGLISH);

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy-M-d"),
			DateTimeFormatter.ofPattern("yyyyMMdd"), DateTimeFormatter.ofPattern("yyyy.M.d"));

	private final MessageSource messages;

	SheetTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	String textOrEmpty(String key, Locale locale) {
		return this.messages.getMessage(key, null, "", locale);
	}

	String header(Column column, Locale locale) {
		return text(column.headerKey(), locale);
	}

	String label(Column column, Enum<?> value, Locale locale) {
		return text(column.labelPrefix() + value.name(), locale);
	}

	/** The column a header names, in either language, by its key. */
	Map<String, Column> headers(RegistrySheet sheet) {
		Map<String, Column> headers = new HashMap<>();
		for (Column column : sheet.columns()) {
			for (Locale locale : LANGUAGES) {
				headers.put(normalize(header(column, locale)), column);
			}
			headers.put(normalize(column.key()), column);
		}
		return headers;
	}

	/** Every way a choice may be written (code, Chinese or English label) → the value. */
	Map<String, Enum<?>> choices(Column column) {
		Map<String, Enum<?>> choices = new HashMap<>();
		for (Enum<?> value : column.values()) {
			choices.put(normalize(value.name()), value);
			for (Locale locale : LANGUAGES) {
				choices.put(normalize(label(column, value, locale)), value);
			}
		}
		return choices;
	}

	static String normalize(String text) {
		return (text == null) ? "" : text.strip().replace(" ", "").replace("*", "").toLowerCase(Locale.ROOT);
	}

	static LocalDate date(String text) {
		String value = text.strip();
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// the next one
			}
		}
		throw new IllegalArgumentException("not a date");
	}

	static Integer integer(String text) {
		BigDecimal value = new BigDecimal(text.strip());
		return value.intValueExact();
	}

	static BigDecimal decimal(String text) {
		return new BigDecimal(text.strip());
	}

}
