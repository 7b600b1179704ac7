package org.gongzhi.cases;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongzhi.shared.problem.InvalidInputException;

/**
 * Checks the answers of a report against its category's extra questions and keeps those
 * asked: required ones present, numbers numeric, list answers among the choices.
 */
final class Answers {

	private static final int MAX_TEXT = 1000;

	private Answers() {
	}

	/** The answers to keep, by question code; a 400 problem naming the first bad one. */
	static Map<String, Object> check(CaseCategory category, Map<String, Object> given) {
		Map<String, Object> kept = new LinkedHashMap<>();
		for (CategoryAttribute question : category.attributes()) {
			Object answer = given.get(question.code());
			if (isBlank(answer)) {
				if (question.required()) {
					throw new InvalidInputException("cases.report.answer-required", question.descriptionZh(),
							question.descriptionEn());
				}
				continue;
			}
			kept.put(question.code(), value(question, answer));
		}
		return kept;
	}

	private static Object value(CategoryAttribute question, Object answer) {
		switch (question.datatype()) {
			case "number" -> {
				if (answer instanceof Number number) {
					return number;
				}
				try {
					return Double.valueOf(answer.toString().strip());
				}
				catch (NumberFormatException ex) {
					throw invalid(question);
				}
			}
			case "datetime" -> {
				try {
					return OffsetDateTime.parse(answer.toString().strip()).toString();
				}
				catch (DateTimeParseException ex) {
					throw invalid(question);
				}
			}
			case "singlevaluelist" -> {
				String key = answer.toString();
				if (!question.allows(key)) {
					throw invalid(question);
				}
				return key;
			}
			case "multivaluelist" -> {
				List<String> keys = (answer instanceof Collection<?> many) ? many.stream().map(String::valueOf).toList()
						: Arrays.stream(answer.toString().split(",")).map(String::strip).toList();
				if (keys.isEmpty() || !keys.stream().allMatch(question::allows)) {
					throw invalid(question);
				}
				return keys;
			}
			default -> {
				String text = answer.toString().strip();
				if (text.length() > MAX_TEXT) {
					throw invalid(question);
				}
				return text;
			}
		}
	}

	private static boolean isBlank(Object answer) {
		return answer == null || answer.toString().isBlank()
				|| (answer instanceof Collection<?> many && many.isEmpty());
	}

	private static InvalidInputException invalid(CategoryAttribute question) {
		return new InvalidInputException("cases.report.answer-invalid", question.descriptionZh(),
				question.descriptionEn());
	}

}
