package org.gongzhi.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String VIEW = "identity/login";

	@GetMapping("/login")
	String login() {
		return VIEW;
	}

}
