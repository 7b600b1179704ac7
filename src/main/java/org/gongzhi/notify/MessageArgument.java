package org.gongzhi.notify;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * One argument of a notification's message: a text shown as it is (a case number, a
 * reason someone typed), or a message key rendered in the reader's language (a stage, a
 * rating). Stored as a JSON array beside the message key.
 *
 * @param value the text or the key
 * @param isKey whether {@code value} is a message key
 */
record MessageArgument(String value, boolean isKey) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static MessageArgument text(String text) {
		return new MessageArgument((text != null) ? text : "", false);
	}

	static MessageArgument key(String key) {
		return new MessageArgument(key, true);
	}

	/** Texts as strings, keys as {@code {"key": …}}. */
	static String encode(List<MessageArgument> arguments) {
		ArrayNode array = JSON.createArrayNode();
		for (MessageArgument argument : arguments) {
			if (argument.isKey()) {
				array.addObject().put("key", argument.value());
			}
			else {
				array.add(argument.value());
			}
		}
		return JSON.writeValueAsString(array);
	}

	static List<MessageArgument> decode(String json) {
		List<MessageArgument> arguments = new ArrayList<>();
		for (JsonNode element : JSON.readTree(json)) {
			arguments.add(element.isObject() ? key(element.get("key").asString()) : text(element.asString()));
		}
		return arguments;
	}

}
