package org.gongzhi.identity;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tree of functional departments (职能部门) that cases are dispatched to. */
@RestController
@RequestMapping("/api/identity/departments")
@Tag(name = "identity")
class DepartmentsApi {

	private final Departments departments;

	private final AuditLog audit;

	DepartmentsApi(Departments departments, AuditLog audit) {
		this.departments = departments;
		this.audit = audit;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Every department, parents before their children")
	List<Department> list() {
		return this.departments.all();
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Adds a department serving an org unit in the caller's scope")
	ResponseEntity<Department> create(@AuthenticationPrincipal GongzhiUser caller,
			@Valid @RequestBody NewDepartment body) {
		caller.scope().requireVisible(body.orgCode(), "identity.user.org-outside-scope", body.orgCode());
		Department department = new Department(body.code(), body.name().strip(),
				(body.parentCode() == null || body.parentCode().isBlank()) ? null : body.parentCode(), body.orgCode());
		this.departments.create(department);
		this.audit.record("DEPARTMENT_CREATED", department.code(), AuditEntry.Outcome.SUCCESS, null);
		return ResponseEntity.created(URI.create("/api/identity/departments/" + department.code())).body(department);
	}

	/** A department to add. */
	record NewDepartment(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 100) String name,
			@Size(max = 32) String parentCode, @NotBlank @Size(max = 32) String orgCode) {
	}

}
