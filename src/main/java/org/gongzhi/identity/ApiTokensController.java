package org.gongzhi.identity;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator's page of API tokens: issue (shown once), list, revoke. */
@Controller
@RequestMapping("/identity/tokens")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class ApiTokensController {

	static final String VIEW = "identity/tokens";

	private final ApiTokens tokens;

	private final UserStore users;

	ApiTokensController(ApiTokens tokens, UserStore users) {
		this.tokens = tokens;
		this.users = users;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new TokenForm());
		return view(model);
	}

	@PostMapping
	String issue(@AuthenticationPrincipal GongzhiUser caller, @Valid @ModelAttribute("form") TokenForm form,
			BindingResult result, Model model) {
		if (!result.hasErrors()) {
			UserStore.Account account = this.users.findByUsername(form.getUsername())
				.filter((user) -> caller.scope().covers(user.orgCode()))
				.orElse(null);
			if (account == null) {
				result.rejectValue("username", "identity.user.not-found", new Object[] { form.getUsername() }, null);
			}
			else if (this.users.roles(account.id()).stream().anyMatch(UserAdministration.OFFICERS::contains)) {
				result.rejectValue("username", "identity.token.no-officers");
			}
			else {
				model.addAttribute("issued",
						this.tokens.issue(account.id(), form.getName(), Duration.ofDays(form.getValidDays())));
				model.addAttribute("form", new TokenForm());
			}
		}
		return view(model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(id);
		redirect.addFlashAttribute("revoked", id);
		return "redirect:/identity/tokens";
	}

	private String view(Model model) {
		model.addAttribute("tokens", this.tokens.list());
		return VIEW;
	}

	/** A token to issue. */
	static class TokenForm {

		@NotBlank
		private String username = "";

		@NotBlank
		@Size(max = 100)
		private String name = "";

		@NotNull
		@Min(1)
		@Max(366)
		private Integer validDays = 180;

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Integer getValidDays() {
			return this.validDays;
		}

		public void setValidDays(Integer validDays) {
			this.validDays = validDays;
		}

	}

}
