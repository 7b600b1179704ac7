package org.gongzhi.cases;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;

/**
 * An Open311 answer in a neutral form that is written as JSON or as XML, so that both
 * formats always carry the same fields in the same order. XML follows the spec's shapes:
 * a list is a wrapper element of item elements ({@code <services><service>…}), an absent
 * value an empty element; JSON has arrays and {@code null}.
 */
final class Open311Body {

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private Open311Body() {
	}

	/** A new element with no fields yet. */
	static Fields fields() {
		return new Fields();
	}

	/**
	 * An element's fields, in order. A value is text, a number, a boolean, an
	 * {@link Instant} (written in W3C format, Beijing time), {@code null}, nested
	 * {@link Fields} or {@link Many}.
	 */
	static final class Fields {

		private final Map<String, Object> values = new LinkedHashMap<>();

		Fields put(String name, Object value) {
			this.values.put(name, value);
			return this;
		}

		Map<String, Object> values() {
			return this.values;
		}

	}

	/**
	 * A list: in XML each value is an element named {@code item} inside the wrapper named
	 * by the field (or the root).
	 */
	record Many(String item, List<?> values) {

		Many {
			values = List.copyOf(values);
		}

	}

	/**
	 * A whole answer: its root element's name and content ({@link Fields} for one object,
	 * {@link Many} for a list).
	 */
	record Root(String name, Object content) {

		static Root of(String name, Fields fields) {
			return new Root(name, fields);
		}

		static Root list(String name, String item, List<?> values) {
			return new Root(name, new Many(item, values));
		}

	}

	static String json(Root root, JsonMapper json) {
		return json.writeValueAsString(plain(root.content()));
	}

	static String xml(Root root) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			element(xml, root.name(), root.content());
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	private static Object plain(Object value) {
		if (value instanceof Fields fields) {
			Map<String, Object> map = new LinkedHashMap<>();
			fields.values().forEach((name, field) -> map.put(name, plain(field)));
			return map;
		}
		if (value instanceof Many many) {
			List<Object> list = new ArrayList<>();
			many.values().forEach((item) -> list.add(plain(item)));
			return list;
		}
		if (value instanceof Instant instant) {
			return w3c(instant);
		}
		return value;
	}

	private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
		if (value == null) {
			xml.writeEmptyElement(name);
			return;
		}
		xml.writeStartElement(name);
		if (value instanceof Fields fields) {
			for (Map.Entry<String, Object> field : fields.values().entrySet()) {
				element(xml, field.getKey(), field.getValue());
			}
		}
		else if (value instanceof Many many) {
			for (Object item : many.values()) {
				element(xml, many.item(), item);
			}
		}
		else {
			xml.writeCharacters(text(value));
		}
		xml.writeEndElement();
	}

	private static String text(Object value) {
		String text = (value instanceof Instant instant) ? w3c(instant) : String.valueOf(value);
		return xmlChars(text);
	}

	/** Drops the characters XML 1.0 cannot carry at all (most C0 controls). */
	private static String xmlChars(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.filter((c) -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

	static String w3c(Instant instant) {
		return W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(CaseNumbers.ZONE).toOffsetDateTime());
	}

}
