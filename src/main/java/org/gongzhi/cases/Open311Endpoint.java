package org.gongzhi.cases;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongzhi.identity.ApiTokens;
import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the Open311 endpoints share: the caller's language and identity, and errors in the
 * spec's format rather than problem+json. The handlers sit here, in the controllers'
 * class, so that they come before the application-wide problem handler.
 */
abstract class Open311Endpoint {

	private static final Logger log = LoggerFactory.getLogger(Open311Endpoint.class);

	final Open311Writer writer;

	private final ApiTokens tokens;

	Open311Endpoint(Open311Writer writer, ApiTokens tokens) {
		this.writer = writer;
		this.tokens = tokens;
	}

	/**
	 * The caller's language: the spec's {@code locale} parameter, else as for every API
	 * call (the {@code lang} cookie, then Accept-Language); Chinese by default.
	 */
	static Locale locale(HttpServletRequest request) {
		String asked = request.getParameter("locale");
		Locale locale = (asked != null && !asked.isBlank()) ? Locale.forLanguageTag(asked.strip().replace('_', '-'))
				: LocaleContextHolder.getLocale();
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	/**
	 * Who reads: the user of an {@code api_key} (a 403 if it is not valid), else of the
	 * session or bearer token, else {@code null} for an anonymous caller.
	 */
	Actor reader(String apiKey) {
		if (apiKey != null && !apiKey.isBlank()) {
			return this.tokens.authenticate(apiKey)
				.map(Actor::of)
				.orElseThrow(() -> new GongzhiException(HttpStatus.FORBIDDEN, "open311", "open311.error.api-key"));
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof GongzhiUser user) {
			return Actor.of(user);
		}
		return null;
	}

	@ExceptionHandler(GongzhiException.class)
	ResponseEntity<String> failed(GongzhiException ex, HttpServletRequest request) {
		// Open311 knows no 422: a place outside the service area is a bad request
		HttpStatus status = (ex.status().value() == 422) ? HttpStatus.BAD_REQUEST : ex.status();
		return this.writer.error(Open311Format.ofPath(request.getRequestURI()), status,
				this.writer.message(ex.messageKey(), ex.arguments(), locale(request)));
	}

	@ExceptionHandler({ ServletRequestBindingException.class, TypeMismatchException.class,
			HttpMessageNotReadableException.class, HttpMediaTypeException.class })
	ResponseEntity<String> unreadable(Exception ex, HttpServletRequest request) {
		return this.writer.error(Open311Format.ofPath(request.getRequestURI()), HttpStatus.BAD_REQUEST,
				this.writer.message("open311.error.bad-request", null, locale(request)));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> unexpected(Exception ex, HttpServletRequest request) {
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected failure of an Open311 request, reference {}", reference, ex);
		return this.writer.error(Open311Format.ofPath(request.getRequestURI()), HttpStatus.INTERNAL_SERVER_ERROR,
				this.writer.message("open311.error.internal", new Object[] { reference }, locale(request)));
	}

}
