package org.gongzhi.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every refusal of a signed-in user (URL rules and method security alike) in the
 * audit log: 等保 asks that attempts beyond one's rights be traceable. An anonymous caller
 * who is merely asked to sign in is not recorded.
 */
@Configuration(proxyBeanMethods = false)
class AccessDeniedAudit {

	private final AuditLog audit;

	AccessDeniedAudit(AuditLog audit) {
		this.audit = audit;
	}

	/** Makes Spring Security publish its denials as events. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	@EventListener
	void on(AuthorizationDeniedEvent<?> event) {
		Authentication auth = event.getAuthentication().get();
		if (auth != null && auth.getPrincipal() instanceof GongzhiUser user) {
			this.audit.recordSeparately(user.getUsername(), "ACCESS_DENIED", requestLine(), AuditEntry.Outcome.DENIED,
					null);
		}
	}

	private static String requestLine() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getMethod() + " " + request.getRequestURI();
		}
		return null;
	}

}
