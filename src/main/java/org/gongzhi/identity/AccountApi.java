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

	AccountApi(PasswordChange passwordChange, Departments departments) {
		this.passwordChange = passwordChange;
		this.departments = departments;
	}

	@GetMapping
	@Operation(summary = "The signed-in user, their roles and data scope")
	Me me(@AuthenticationPrincipal GongzhiUser user) {
		return new Me(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(), user.getOrgCode(),
				user.getScopeName(), user.getDepartmentCode(), user.isPasswordChangeRequired());
	}

	@PostMapping("/password")
	@Operation(summary = "Changes the caller's password")
	ResponseEntity<Void> changePassword(@AuthenticationPrincipal GongzhiUser user, @Valid @RequestBody NewPassword body,
			HttpServletRequest request, HttpServletResponse response) {
		this.passwordChange.change(user, body.currentPassword(), body.newPassword(), request, response);
		return ResponseEntity.noContent().build();
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
	 */
	record Me(long id, String username, String displayName, Set<Role> roles, String orgCode, String scopeName,
			String departmentCode, boolean passwordChangeRequired) {
	}

	/** The current password and the new one. */
	record NewPassword(@NotBlank String currentPassword, @NotBlank String newPassword) {

		@Override
		public String toString() {
			return "NewPassword[]";
		}

	}

}
