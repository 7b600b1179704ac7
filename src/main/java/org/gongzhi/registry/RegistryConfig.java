package org.gongzhi.registry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProtectionProperties.class)
class RegistryConfig {

	private static final Logger log = LoggerFactory.getLogger(RegistryConfig.class);

	@Bean
	PersonalDataVault personalDataVault(ProtectionProperties properties) {
		PersonalDataVault vault = new PersonalDataVault(properties);
		if (!vault.configured()) {
			// the registry then refuses to store personal data (503) instead of storing
			// it
			// unprotected
			log.warn("No registry keys configured (gongzhi.registry.protection.current-key, keys.*, search-key):"
					+ " the registry stores no personal data");
		}
		else {
			log.info("Registry protects personal data with {} under key {}", vault.algorithm(), vault.currentKey());
		}
		return vault;
	}

}
