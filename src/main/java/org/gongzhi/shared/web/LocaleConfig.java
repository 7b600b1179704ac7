package org.gongzhi.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.gongzhi.shared.problem.ApiPaths;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * zh-CN unless the user chose English with {@code ?lang=en}; the choice is kept in a
 * cookie. API clients without that cookie are answered in the language of their
 * Accept-Language header.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

	static final String COOKIE = "gongzhi-lang";

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction((request) -> {
			if (ApiPaths.isApi(request.getRequestURI().substring(request.getContextPath().length()))
					&& request.getHeader("Accept-Language") != null) {
				Locale best = request.getLocale();
				return best.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
			}
			return Locale.SIMPLIFIED_CHINESE;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

}
