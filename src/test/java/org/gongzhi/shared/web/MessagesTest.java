package org.gongzhi.shared.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> zh = keys("messages.properties");
		Set<String> en = keys("messages_en.properties");
		assertThat(new TreeSet<>(en)).as("keys missing in English or Chinese").isEqualTo(new TreeSet<>(zh));
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> known = keys("messages.properties");
		Set<String> used = new HashSet<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(known).containsAll(used);
	}

	@Test
	void englishTextIsNotLeftInChinese() throws IOException {
		Properties zh = load("messages.properties");
		Properties en = load("messages_en.properties");
		Set<String> identical = new TreeSet<>();
		for (String key : zh.stringPropertyNames()) {
			String value = zh.getProperty(key);
			if (value.equals(en.getProperty(key)) && value.matches(".*[a-zA-Z]{4,}.*")) {
				identical.add(key);
			}
		}
		assertThat(identical).as("messages with the same English text in both files").isEmpty();
	}

	private static Set<String> keys(String file) throws IOException {
		return load(file).stringPropertyNames();
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
