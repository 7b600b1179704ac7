package org.gongzhi.identity;

import java.util.regex.Pattern;

/**
 * Mainland China mobile numbers (11 digits, 13x–19x): how they are written, checked and
 * shown masked. Other modules use it for the phones they keep.
 */
public final class MobileNumber {

	/**
	 * The whole number, for {@code @Pattern(regexp = MobileNumber.PATTERN)} on form
	 * fields.
	 */
	public static final String PATTERN = "1[3-9][0-9]{9}";

	private static final Pattern VALID = Pattern.compile(PATTERN);

	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

	private MobileNumber() {
	}

	/**
	 * The 11 digits of a number as people type it ({@code +86 138-0000-1234}); the text
	 * unchanged but stripped if it is not one.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return null;
		}
		String digits = SEPARATORS.matcher(text.strip()).replaceAll("");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("86") && digits.length() == 13) {
			digits = digits.substring(2);
		}
		return isValid(digits) ? digits : text.strip();
	}

	/** Whether a normalized text is a mobile number. */
	public static boolean isValid(String number) {
		return number != null && VALID.matcher(number).matches();
	}

	/** 138****1234: enough to recognise one's own number, not enough to call it. */
	public static String mask(String number) {
		return (number != null && number.length() == 11) ? number.substring(0, 3) + "****" + number.substring(7)
				: "***";
	}

}
