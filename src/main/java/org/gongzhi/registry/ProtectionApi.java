package org.gongzhi.registry;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongzhi.identity.AuditEntry;
import org.gongzhi.identity.AuditLog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Key rotation of the registry's personal data, for the security administrator. */
@RestController
@Tag(name = "registry")
class ProtectionApi {

	private final KeyRotation rotation;

	private final AuditLog audit;

	ProtectionApi(KeyRotation rotation, AuditLog audit) {
		this.rotation = rotation;
		this.audit = audit;
	}

	@PostMapping("/api/registry/protection/re-encryption")
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Operation(summary = "Re-encrypts every value made with an older key or algorithm under the current ones")
	Map<String, Integer> reEncrypt() {
		int count = this.rotation.reEncryptAll();
		this.audit.record("REGISTRY_REENCRYPTED", "registry", AuditEntry.Outcome.SUCCESS, "values: " + count);
		return Map.of("reEncrypted", count);
	}

}
