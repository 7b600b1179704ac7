package org.gongzhi.shared.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a REST endpoint into {@code application/problem+json} in the
 * caller's language. Unexpected failures are logged with a reference the user can quote,
 * never shown.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Problems problems;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	ApiExceptionHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(GongzhiException.class)
	ResponseEntity<ProblemDetail> handleGongzhi(GongzhiException ex) {
		ProblemDetail problem = this.problems.of(ex.status(), ex.type(), ex.messageKey(), ex.arguments(), locale());
		ex.properties().forEach(problem::setProperty);
		return ResponseEntity.status(ex.status()).body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException ex) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = auth != null && !this.trust.isAnonymous(auth) && auth.isAuthenticated();
		return plain(signedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED);
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> handleAuthentication(AuthenticationException ex) {
		return plain(HttpStatus.UNAUTHORIZED);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected failure, reference {}", reference, ex);
		ProblemDetail problem = this.problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"problem.detail.500.reference", new Object[] { reference }, locale());
		problem.setProperty("reference", reference);
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validation(ex.getBindingResult());
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> errors.add(new Problems.FieldProblem(result.getMethodParameter().getParameterName(),
						this.problems.message(error.getDefaultMessage(), error.getArguments(), locale())))));
		return ResponseEntity.badRequest().body(this.problems.validation(errors, locale()));
	}

	/**
	 * Every other framework exception keeps its status but gets our localized title and
	 * detail.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		return ResponseEntity.status(statusCode).headers(headers).body(this.problems.forStatus(statusCode, locale()));
	}

	private ResponseEntity<Object> validation(BindingResult result) {
		List<Problems.FieldProblem> errors = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.add(new Problems.FieldProblem(error.getField(), error.getDefaultMessage()));
		}
		result.getGlobalErrors()
			.forEach(
					(error) -> errors.add(new Problems.FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return ResponseEntity.badRequest().body(this.problems.validation(errors, locale()));
	}

	private ResponseEntity<ProblemDetail> plain(HttpStatus status) {
		return ResponseEntity.status(status).body(this.problems.forStatus(status, locale()));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
