package org.gongzhi.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page: a welcome for visitors, the workspace entries for a signed-in user.
 */
@Controller
class HomeController {

	static final String VIEW = "dashboard/home";

	@GetMapping("/")
	String home() {
		return VIEW;
	}

}
