package org.gongzhi.dashboard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.identity.UserAccounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page: a welcome for visitors; for a signed-in user their workspace entries
 * and when and where they signed in before, so that a sign-in that was not theirs stands
 * out.
 */
@Controller
class HomeController {

	static final String VIEW = "dashboard/home";

	/** Times are stored in UTC and shown in China's time zone. */
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final UserAccounts accounts;

	HomeController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal GongzhiUser user, Model model) {
		if (user != null) {
			model.addAttribute("firstLogin", true);
			this.accounts.previousLogin(user.getId()).ifPresent((previous) -> {
				model.addAttribute("firstLogin", false);
				model.addAttribute("previousLoginAt", SHOWN.format(previous.at()));
				model.addAttribute("previousLoginPlace", previous.place());
			});
		}
		return VIEW;
	}

}
