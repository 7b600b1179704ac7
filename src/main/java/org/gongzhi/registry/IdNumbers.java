package org.gongzhi.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Citizen ID numbers of GB 11643-1999: six digits of region (GB/T 2260), eight of birth
 * date, three of sequence (odd for men) and a check digit (ISO 7064 MOD 11-2, where 10 is
 * written X).
 */
final class IdNumbers {

	private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_DIGITS = "10X98765432";

	/**
	 * Provinces of GB/T 2260, and 81/82/83 of the residence permits of HK, Macao, Taiwan.
	 */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82", "83");

	private IdNumbers() {
	}

	/** The form kept and hashed: without blanks, upper case (a lower-case x is an X). */
	static String normalize(String number) {
		return (number == null) ? null : number.strip().replace(" ", "").toUpperCase(Locale.ROOT);
	}

	/** The check digit of the first 17 digits. */
	static char checkDigit(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_DIGITS.charAt(sum % 11);
	}

	/**
	 * What is wrong with a normalized number, as a message key, or nothing when it is a
	 * valid number of someone born by {@code today}.
	 */
	static Optional<String> problem(String number, LocalDate today) {
		if (number == null || !SHAPE.matcher(number).matches()) {
			return Optional.of("registry.id-number.shape");
		}
		if (!PROVINCES.contains(number.substring(0, 2))) {
			return Optional.of("registry.id-number.region");
		}
		Optional<LocalDate> birth = birthDate(number);
		if (birth.isEmpty() || birth.get().isAfter(today) || birth.get().getYear() < 1880) {
			return Optional.of("registry.id-number.birth-date");
		}
		if (checkDigit(number.substring(0, 17)) != number.charAt(17)) {
			return Optional.of("registry.id-number.check-digit");
		}
		return Optional.empty();
	}

	/** The birth date written in a number of the right shape, if it is a date. */
	static Optional<LocalDate> birthDate(String number) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
					Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
		}
		catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

	/** The gender the sequence number gives: odd for men. */
	static Gender gender(String number) {
		return ((number.charAt(16) - '0') % 2 == 1) ? Gender.MALE : Gender.FEMALE;
	}

}
