package org.gongzhi.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds what the layout needs (current user, navigation for their roles, current path) to
 * every rendered page, and to nothing else: REST responses and redirects are left alone.
 */
class LayoutInterceptor implements HandlerInterceptor {

	private final List<NavItem> navigation;

	LayoutInterceptor(List<NavItem> navigation) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
		if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
			return;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		UserView user = (auth != null && auth.getPrincipal() instanceof UserView view) ? view : null;
		Set<String> roles = (user != null) ? roles(auth) : Set.of();
		mav.addObject("currentUser", user);
		mav.addObject("navigation",
				(user != null) ? this.navigation.stream().filter((item) -> item.visibleTo(roles)).toList() : List.of());
		mav.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
	}

	private static Set<String> roles(Authentication auth) {
		return auth.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring(5))
			.collect(Collectors.toSet());
	}

}
