package org.gongzhi.registry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Unified social credit codes (统一社会信用代码) of GB 32100-2015: registration authority,
 * organization type, six digits of region, the nine characters of the organization code
 * and a check character over 31 characters (no I, O, Z, S, V), weights 3^i mod 31.
 */
final class SocialCreditCodes {

	static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");

	private SocialCreditCodes() {
	}

	static String normalize(String code) {
		return (code == null) ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	/** The check character of the first 17 characters. */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return CHARACTERS.charAt((31 - sum % 31) % 31);
	}

	/** Whether a normalized code has the shape and check character of GB 32100. */
	static boolean isValid(String code) {
		return code != null && SHAPE.matcher(code).matches()
				&& checkCharacter(code.substring(0, 17)) == code.charAt(17);
	}

}
