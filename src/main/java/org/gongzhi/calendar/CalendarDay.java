package org.gongzhi.calendar;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One dated exception to the weekly rhythm: a public holiday or an adjusted working day,
 * with the name of the festival it belongs to.
 *
 * @param date the day
 * @param kind holiday or working day
 * @param nameZh the name in Chinese, e.g. 国庆节
 * @param nameEn the name in English, e.g. National Day; may be empty
 */
record CalendarDay(LocalDate date, DayKind kind, String nameZh, String nameEn) {

	/** The name in the reader's language, the Chinese one when there is no other. */
	public String name(Locale locale) {
		boolean english = "en".equals(locale.getLanguage()) && this.nameEn != null && !this.nameEn.isBlank();
		return english ? this.nameEn : this.nameZh;
	}

}
