package org.gongzhi.registry;

import java.util.Map;
import java.util.Set;

import org.gongzhi.identity.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the registry protects personal data ({@code gongzhi.registry.protection.*}). The
 * keys come from the configuration or the environment (e.g.
 * {@code GONGZHI_REGISTRY_PROTECTION_KEYS_K2}), never from the repository: only the demo
 * profile ships keys of its own.
 *
 * @param algorithm cipher of new values: {@code AES_GCM} (default) or {@code SM4_GCM}
 * @param currentKey id of the key new values are encrypted with
 * @param keys every key by id, Base64 of at least 32 random bytes; older keys stay here
 * until the re-encryption has moved every value to the current one
 * @param searchKey Base64 of at least 32 random bytes: the key of the search hashes
 * @param searchHash {@code HMAC_SHA256} (default) or {@code HMAC_SM3}
 * @param fullViewRoles roles that may see a full value of their scope, with a reason
 */
@ConfigurationProperties("gongzhi.registry.protection")
record ProtectionProperties(@DefaultValue("AES_GCM") CipherAlgorithm algorithm, String currentKey,
		Map<String, String> keys, String searchKey, @DefaultValue("HMAC_SHA256") SearchHash searchHash, @DefaultValue( {
				"GRID_WORKER", "COMMUNITY_WORKER" }) Set<Role> fullViewRoles){

	ProtectionProperties {
		keys = (keys != null) ? Map.copyOf(keys) : Map.of();
		fullViewRoles = (fullViewRoles != null) ? Set.copyOf(fullViewRoles) : Set.of();
	}

	/** Ciphers for values at rest. */
	enum CipherAlgorithm {

		/** AES-256 in GCM mode (JCE) */
		AES_GCM,
		/** SM4 (国密, GB/T 32907) in GCM mode (BouncyCastle) */
		SM4_GCM

	}

	/** Keyed hashes for exact search. */
	enum SearchHash {

		/** HMAC with SHA-256 */
		HMAC_SHA256,
		/** HMAC with SM3 (国密, GB/T 32905) */
		HMAC_SM3

	}

}
