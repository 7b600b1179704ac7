package org.gongzhi.shared;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Writes the event publications as JSON with the application's mapper. Spring Modulith's
 * own serializer looks the mapper up in the bean factory for every event it writes, which
 * cost a case report more CPU than writing the event itself.
 */
@Configuration(proxyBeanMethods = false)
class EventSerializationConfig {

	@Bean
	EventSerializer eventSerializer(JsonMapper json) {
		return new EventSerializer() {

			@Override
			public Object serialize(Object event) {
				return json.writeValueAsString(event);
			}

			@Override
			public <T> T deserialize(Object serialized, Class<T> type) {
				return json.readerFor(type).readValue(serialized.toString());
			}

		};
	}

}
