package org.gongzhi.identity;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The residents' sign-in: mobile number, then the code sent to it.
 */
@Controller
class PhoneLoginController {

	static final String VIEW = "identity/phone-login";

	private final PhoneLogin phoneLogin;

	private final GongzhiUserDetailsService details;

	private final SecurityContextRepository contexts;

	private final SessionRegistry sessions;

	private final AuditLog audit;

	private final Clock clock;

	private final UserStore users;

	PhoneLoginController(PhoneLogin phoneLogin, GongzhiUserDetailsService details, SecurityContextRepository contexts,
			SessionRegistry sessions, AuditLog audit, Clock clock, UserStore users) {
		this.users = users;
		this.phoneLogin = phoneLogin;
		this.details = details;
		this.contexts = contexts;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/login/phone")
	String form(Model model) {
		model.addAttribute("available", this.phoneLogin.available());
		model.addAttribute("step", "phone");
		return VIEW;
	}

	@PostMapping("/login/phone/code")
	String sendCode(@RequestParam(defaultValue = "") String phone, Locale locale, Model model) {
		model.addAttribute("available", this.phoneLogin.available());
		model.addAttribute("phone", phone);
		try {
			this.phoneLogin.sendCode(phone, locale);
			model.addAttribute("step", "code");
			model.addAttribute("notice", "identity.phone.sent");
		}
		catch (GongzhiException ex) {
			boolean waiting = "identity.phone.wait".equals(ex.messageKey());
			model.addAttribute("step", waiting ? "code" : "phone");
			model.addAttribute(waiting ? "codeError" : "phoneError", ex.messageKey());
		}
		return VIEW;
	}

	@PostMapping("/login/phone")
	String signIn(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String username;
		try {
			username = this.phoneLogin.signIn(phone, code);
		}
		catch (GongzhiException ex) {
			model.addAttribute("available", this.phoneLogin.available());
			model.addAttribute("phone", phone);
			model.addAttribute("step", "code");
			model.addAttribute("codeError", ex.messageKey());
			return VIEW;
		}
		UserDetails user = this.details.loadUserByUsername(username);
		request.getSession();
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		request.getSession().setAttribute(SessionPolicyFilter.LAST_ACTIVITY, this.clock.instant());
		this.sessions.registerNewSession(request.getSession().getId(), user);
		if (user instanceof GongzhiUser signedIn) {
			// as the password sign-in does, so the next home page can show this one
			this.users.recordLogin(signedIn.getId(), this.clock.instant(), request.getRemoteAddr());
		}
		this.audit.record(username, "LOGIN", username, AuditEntry.Outcome.SUCCESS, "phone");
		return "redirect:/";
	}

}
