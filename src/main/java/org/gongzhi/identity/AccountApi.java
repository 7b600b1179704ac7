package org.gongzhi.identity;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account: who they are, their scope, their password. */
@RestController
@RequestMapping("/api/identity/me")
@PreAuthorize("isAuthenticated()")
@Tag(name = "identity")
class AccountApi {

	private final PasswordChange passwordChange;

	private final Departments departments;

	private final SecondFactorSteps secondFactor;

	AccountApi(PasswordChange passwordChange, Departments departments, SecondFactorSteps secondFactor) {
		this.secondFactor = secondFactor;
		this.passwordChange = passwordChange;
		this.departments = departments;
	}

	@GetMapping
	@Operation(summary = "The signed-in user, their roles and data scope")
	Me me(@AuthenticationPrincipal GongzhiUser user) {
		return new Me(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(), user.getOrgCode(),
				user.getScopeName(), user.getDepartmentCode(), user.isPasswordChangeRequired(),
				user.getSecondFactor().name());
	}

	@PostMapping("/password")
	@Operation(summary = "Changes the caller's password")
	ResponseEntity<Void> changePassword(@AuthenticationPrincipal GongzhiUser user, @Valid @RequestBody NewPassword body,
			HttpServletRequest request, HttpServletResponse response) {
		this.passwordChange.change(user, body.currentPassword(), body.newPassword(), request, response);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/second-factor")
	@Operation(summary = "Starts enrolling an authenticator app: a new secret and its otpauth URI")
	SecondFactor.Enrollment beginSecondFactor(@AuthenticationPrincipal GongzhiUser user) {
		return this.secondFactor.begin(user);
	}

	@PostMapping("/second-factor/confirmation")
	@Operation(summary = "Confirms the enrolment with a first code of the app")
	ResponseEntity<Void> confirmSecondFactor(@AuthenticationPrincipal GongzhiUser user, @Valid @RequestBody Code body,
			HttpServletRequest request, HttpServletResponse response) {
		this.secondFactor.confirm(user, body.code(), request, response);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/second-factor/verification")
	@Operation(summary = "The code of this sign-in, for users with an authenticator app")
	ResponseEntity<Void> verifySecondFactor(@AuthenticationPrincipal GongzhiUser user, @Valid @RequestBody Code body,
			HttpServletRequest request, HttpServletResponse response) {
		return switch (this.secondFactor.signIn(user, body.code(), request, response)) {
			case PASSED -> ResponseEntity.noContent().build();
			case WRONG -> throw new FieldRejectedException("code", "identity.totp.wrong-code");
			case LOCKED -> throw new LockedException("locked");
		};
	}

	@GetMapping("/departments")
	@Operation(summary = "The departments in the caller's department scope (all for others)")
	List<Department> departments(@AuthenticationPrincipal GongzhiUser user) {
		DataScope scope = user.scope();
		return this.departments.all()
			.stream()
			.filter((department) -> scope.departmentCode() == null || scope.coversDepartment(department.code()))
			.toList();
	}

	/**
	 * The caller.
	 *
	 * @param id account id
	 * @param username sign-in name
	 * @param displayName name shown in the UI
	 * @param roles granted roles
	 * @param orgCode top of the data scope
	 * @param scopeName its name
	 * @param departmentCode department of department staff
	 * @param passwordChangeRequired whether a new password must be set first
	 * @param secondFactor NONE, PENDING (a code is owed), PASSED or ENROLLMENT_REQUIRED
	 */
	record Me(long id, String username, String displayName, Set<Role> roles, String orgCode, String scopeName,
			String departmentCode, boolean passwordChangeRequired, String secondFactor) {
	}

	/** A code of the authenticator app. */
	record Code(@NotBlank String code) {
	}

	/** The current password and the new one. */
	record NewPassword(@NotBlank String currentPassword, @NotBlank String newPassword) {

		@Override
		public String toString() {
			return "NewPassword[]";
		}

	}

}
