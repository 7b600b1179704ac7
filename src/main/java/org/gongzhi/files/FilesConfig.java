package org.gongzhi.files;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file storage (a directory unless another {@link FileStorage} bean is given). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesProperties.class)
class FilesConfig {

	@Bean
	@ConditionalOnMissingBean(FileStorage.class)
	FileStorage fileStorage(FilesProperties properties) {
		return new FilesystemStorage(properties.dir());
	}

	@Bean
	ContentSniffer contentSniffer() {
		return new ContentSniffer();
	}

	@Bean
	ImageProcessor imageProcessor(FilesProperties properties) {
		return new ImageProcessor(properties);
	}

}
