package org.gongzhi.org;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of the divisions CSV (RFC 4180 quoting, no line breaks inside fields).
 */
final class CsvLine {

	private CsvLine() {
	}

	/**
	 * The fields of {@code line}.
	 * @throws IllegalArgumentException if a quote is not closed or stray text follows one
	 */
	static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		while (true) {
			if (i < line.length() && line.charAt(i) == '"') {
				i = quoted(line, i + 1, field);
				if (i < line.length() && line.charAt(i) != ',') {
					throw new IllegalArgumentException("text after closing quote");
				}
			}
			else {
				while (i < line.length() && line.charAt(i) != ',') {
					if (line.charAt(i) == '"') {
						throw new IllegalArgumentException("quote inside unquoted field");
					}
					field.append(line.charAt(i++));
				}
			}
			fields.add(field.toString().trim());
			field.setLength(0);
			if (i >= line.length()) {
				return fields;
			}
			i++;
		}
	}

	/**
	 * Reads a quoted field starting after its opening quote; returns the index after the
	 * closing quote.
	 */
	private static int quoted(String line, int start, StringBuilder field) {
		int i = start;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == '"') {
				if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i += 2;
					continue;
				}
				return i + 1;
			}
			field.append(c);
			i++;
		}
		throw new IllegalArgumentException("unclosed quote");
	}

}
