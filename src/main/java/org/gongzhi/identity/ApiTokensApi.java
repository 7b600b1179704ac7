package org.gongzhi.identity;

import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens for integrations, managed by the security administrator. */
@RestController
@RequestMapping("/api/identity/tokens")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
@Tag(name = "identity")
class ApiTokensApi {

	private final ApiTokens tokens;

	private final UserStore users;

	private final SecurityProperties properties;

	ApiTokensApi(ApiTokens tokens, UserStore users, SecurityProperties properties) {
		this.tokens = tokens;
		this.users = users;
		this.properties = properties;
	}

	@GetMapping
	@Operation(summary = "Every token, without its value")
	List<ApiTokens.TokenInfo> list() {
		return this.tokens.list();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issues a token acting as a user in the caller's scope; its value is shown only now")
	ApiTokens.IssuedToken issue(@AuthenticationPrincipal GongzhiUser caller, @Valid @RequestBody NewToken body) {
		UserStore.Account account = this.users.findByUsername(body.username())
			.filter((user) -> caller.scope().covers(user.orgCode()))
			.orElseThrow(() -> new NotFoundException("identity.user.not-found", body.username()));
		if (this.users.roles(account.id()).stream().anyMatch(UserAdministration.OFFICERS::contains)) {
			// a token skips the second factor: never for the accounts of the three
			// officers
			throw new FieldRejectedException("username", "identity.token.no-officers");
		}
		Duration validity = (body.validDays() != null) ? Duration.ofDays(body.validDays())
				: this.properties.apiTokenValidity();
		return this.tokens.issue(account.id(), body.name(), validity);
	}

	@PostMapping("/{id}/revoke")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revokes a token at once")
	void revoke(@PathVariable long id) {
		this.tokens.revoke(id);
	}

	/** A token to issue. */
	record NewToken(@NotBlank String username, @NotBlank @Size(max = 100) String name,
			@Min(1) @Max(366) Integer validDays) {
	}

}
