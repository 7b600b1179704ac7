package org.gongzhi.registry;

/**
 * What lists, exports and history show of sensitive values: the region and the last four
 * characters of an ID number ({@code 210105********1234}), the first three and last four
 * digits of a phone ({@code 138****5678}), the first and last character of a name
 * ({@code 王*明}).
 */
final class Masking {

	private Masking() {
	}

	static String idNumber(String number) {
		if (number == null) {
			return null;
		}
		if (number.length() <= 10) {
			return "*".repeat(number.length());
		}
		return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
	}

	static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		if (phone.length() < 8) {
			return "*".repeat(phone.length());
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

	/**
	 * A name as shown to someone who may only recognize the person: the first character,
	 * and the last one of a name of three or more ({@code 王*明}, {@code 王*},
	 * {@code 欧**明}).
	 */
	static String name(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		int[] chars = name.strip().codePoints().toArray();
		if (chars.length == 1) {
			return "*";
		}
		if (chars.length == 2) {
			return new String(chars, 0, 1) + "*";
		}
		return new String(chars, 0, 1) + "*".repeat(chars.length - 2) + new String(chars, chars.length - 1, 1);
	}

}
