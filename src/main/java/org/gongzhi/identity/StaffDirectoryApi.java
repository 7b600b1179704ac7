package org.gongzhi.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff directory (通讯录) over REST; see {@link StaffDirectory}. */
@RestController
@RequestMapping("/api/identity/staff")
@PreAuthorize("hasAnyRole('LEADER', 'DISPATCHER', 'COMMUNITY_WORKER', 'PARTY_SECRETARY', 'GRID_WORKER', 'DEPARTMENT')")
@Tag(name = "identity", description = "Users, roles, API tokens, audit log")
class StaffDirectoryApi {

	private final StaffDirectory directory;

	StaffDirectoryApi(StaffDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "Staff of the caller's scope with position and masked work phone")
	List<StaffDirectory.StaffContact> list(@AuthenticationPrincipal GongzhiUser caller,
			@RequestParam(required = false) String q) {
		return this.directory.list(caller, q);
	}

	@PostMapping("/{id}/phone-view")
	@Operation(summary = "A colleague's full work phone, for a stated reason; the view is audited")
	PhoneView revealPhone(@AuthenticationPrincipal GongzhiUser caller, @PathVariable long id,
			@Valid @RequestBody PhoneViewRequest body) {
		return new PhoneView(this.directory.revealPhone(caller, id, body.reason()));
	}

	/** Why the full number is needed, e.g. "联系处置井盖案件". */
	record PhoneViewRequest(@NotBlank @Size(max = 200) String reason) {
	}

	/** The full number. */
	record PhoneView(String phone) {

		@Override
		public String toString() {
			return "PhoneView[***]";
		}

	}

}
