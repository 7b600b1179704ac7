package org.gongzhi.identity;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * User accounts over REST, for the system and security administrators, within their data
 * scope.
 */
@RestController
@RequestMapping("/api/identity/users")
@PreAuthorize("hasAnyRole('ADMIN', 'SECURITY_ADMIN')")
@Tag(name = "identity", description = "Users, roles, API tokens, audit log")
class UsersApi {

	private final UserAdministration administration;

	UsersApi(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(summary = "Accounts in the caller's scope, optionally matching a text")
	List<UserSummary> list(@AuthenticationPrincipal GongzhiUser caller, @RequestParam(required = false) String q) {
		return this.administration.list(caller, q);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account; 404 if it is outside the caller's scope")
	UserSummary get(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id) {
		return this.administration.get(caller, id);
	}

	@PostMapping
	@Operation(summary = "Creates an account whose initial password must be changed at the first sign-in")
	ResponseEntity<UserSummary> create(@AuthenticationPrincipal GongzhiUser caller,
			@Valid @RequestBody CreateUser body) {
		UserSummary created = this.administration.create(caller, body.toNewUser());
		return ResponseEntity.created(URI.create("/api/identity/users/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Changes an account's name, scope, department, roles and whether it is enabled;"
			+ " ends its sessions when its rights change")
	UserSummary update(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody UpdateUser body) {
		return this.administration.update(caller, id, body.toChange());
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "Disables an account")
	ResponseEntity<Void> disable(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id) {
		this.administration.setEnabled(caller, id, false);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/enable")
	@Operation(summary = "Enables an account")
	ResponseEntity<Void> enable(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id) {
		this.administration.setEnabled(caller, id, true);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/unlock")
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Operation(summary = "Lifts a lock after failed sign-ins")
	ResponseEntity<Void> unlock(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id) {
		this.administration.unlock(caller, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/password-reset")
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Operation(summary = "Sets a temporary password that must be changed at the next sign-in")
	ResponseEntity<Void> resetPassword(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody PasswordReset body) {
		this.administration.resetPassword(caller, id, body.temporaryPassword());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/second-factor/removal")
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Operation(summary = "Removes the user's authenticator app, e.g. after a lost phone")
	ResponseEntity<Void> removeSecondFactor(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id) {
		this.administration.removeSecondFactor(caller, id);
		return ResponseEntity.noContent().build();
	}

	/** A new account. */
	record CreateUser(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}") String username,
			@NotBlank @Size(max = 100) String displayName, @NotBlank @Size(max = 32) String orgCode,
			@Size(max = 32) String departmentCode, @NotEmpty Set<Role> roles, @NotBlank String initialPassword,
			@Size(max = 100) String position, @Size(max = 20) String phone) {

		NewUser toNewUser() {
			String department = (this.departmentCode == null || this.departmentCode.isBlank()) ? null
					: this.departmentCode;
			return new NewUser(this.username, this.initialPassword, this.displayName.strip(), this.orgCode, department,
					this.roles, true, this.position, this.phone);
		}

		@Override
		public String toString() {
			return "CreateUser[" + this.username + "]";
		}

	}

	/**
	 * An account's new settings; every field is set (a full replacement), except the
	 * phone, which administrators never see in full: absent keeps it, {@code ""} removes
	 * it.
	 */
	record UpdateUser(@NotBlank @Size(max = 100) String displayName, @NotBlank @Size(max = 32) String orgCode,
			@Size(max = 32) String departmentCode, @NotEmpty Set<Role> roles, @NotNull Boolean enabled,
			@Size(max = 100) String position, @Size(max = 20) String phone) {

		UserChange toChange() {
			return new UserChange(this.displayName, this.orgCode, this.departmentCode, this.roles, this.enabled,
					this.position, this.phone);
		}

		@Override
		public String toString() {
			return "UpdateUser[" + this.orgCode + ", " + this.roles + "]";
		}

	}

	/** A temporary password. */
	record PasswordReset(@NotBlank String temporaryPassword) {

		@Override
		public String toString() {
			return "PasswordReset[]";
		}

	}

}
