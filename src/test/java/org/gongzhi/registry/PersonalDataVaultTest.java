package org.gongzhi.registry;

import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gongzhi.registry.ProtectionProperties.CipherAlgorithm;
import org.gongzhi.registry.ProtectionProperties.SearchHash;
import org.gongzhi.shared.problem.GongzhiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Encryption at rest of ID numbers and phones: round trips, key rotation, search hashes.
 */
class PersonalDataVaultTest {

	private static final String K1 = key(1);

	private static final String K2 = key(2);

	private static final String SEARCH = key(9);

	private static final String ID = "210105198001010019";

	@Test
	void aValueEncryptsToADifferentFormEachTimeAndDecryptsBack() {
		PersonalDataVault vault = vault(CipherAlgorithm.AES_GCM, "k1", Map.of("k1", K1));
		String first = vault.encrypt(Persons.ID_NUMBER, ID);
		String second = vault.encrypt(Persons.ID_NUMBER, ID);
		assertThat(first).startsWith("k1:AES_GCM:").doesNotContain(ID).isNotEqualTo(second);
		assertThat(vault.decrypt(Persons.ID_NUMBER, first)).isEqualTo(ID);
	}

	@Test
	void sm4RoundTripsAsWell() {
		PersonalDataVault vault = vault(CipherAlgorithm.SM4_GCM, "k1", Map.of("k1", K1));
		String stored = vault.encrypt(Persons.PHONE, "13812345678");
		assertThat(stored).startsWith("k1:SM4_GCM:");
		assertThat(vault.decrypt(Persons.PHONE, stored)).isEqualTo("13812345678");
	}

	@Test
	void aValueCopiedIntoAnotherColumnDoesNotDecrypt() {
		PersonalDataVault vault = vault(CipherAlgorithm.AES_GCM, "k1", Map.of("k1", K1));
		String stored = vault.encrypt(Persons.ID_NUMBER, ID);
		assertThatThrownBy(() -> vault.decrypt(Persons.PHONE, stored)).isInstanceOf(IllegalStateException.class)
			.hasMessageNotContaining(ID);
	}

	@Test
	void aChangedValueDoesNotDecrypt() {
		PersonalDataVault vault = vault(CipherAlgorithm.SM4_GCM, "k1", Map.of("k1", K1));
		String stored = vault.encrypt(Persons.ID_NUMBER, ID);
		byte[] bytes = Base64.getDecoder().decode(stored.substring("k1:SM4_GCM:".length()));
		bytes[bytes.length - 1] ^= 1;
		String tampered = "k1:SM4_GCM:" + Base64.getEncoder().encodeToString(bytes);
		assertThatThrownBy(() -> vault.decrypt(Persons.ID_NUMBER, tampered)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void afterRotationOldValuesStillDecryptAndNewOnesTakeTheNewKeyAndAlgorithm() {
		PersonalDataVault before = vault(CipherAlgorithm.AES_GCM, "k1", Map.of("k1", K1));
		String old = before.encrypt(Persons.ID_NUMBER, ID);
		PersonalDataVault after = vault(CipherAlgorithm.SM4_GCM, "k2", Map.of("k1", K1, "k2", K2));
		assertThat(after.isStale(old)).isTrue();
		assertThat(after.decrypt(Persons.ID_NUMBER, old)).isEqualTo(ID);
		String fresh = after.encrypt(Persons.ID_NUMBER, ID);
		assertThat(fresh).startsWith("k2:SM4_GCM:");
		assertThat(after.isStale(fresh)).isFalse();
		PersonalDataVault withoutOldKey = vault(CipherAlgorithm.SM4_GCM, "k2", Map.of("k2", K2));
		assertThat(withoutOldKey.decrypt(Persons.ID_NUMBER, fresh)).isEqualTo(ID);
		assertThatThrownBy(() -> withoutOldKey.decrypt(Persons.ID_NUMBER, old))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void searchHashesAreStableKeyedAndDifferPerKindAndAlgorithm() {
		PersonalDataVault sha = vault(CipherAlgorithm.AES_GCM, "k1", Map.of("k1", K1));
		PersonalDataVault sm3 = new PersonalDataVault(new ProtectionProperties(CipherAlgorithm.AES_GCM, "k1",
				Map.of("k1", K1), SEARCH, SearchHash.HMAC_SM3, Set.of()));
		PersonalDataVault otherKey = new PersonalDataVault(new ProtectionProperties(CipherAlgorithm.AES_GCM, "k1",
				Map.of("k1", K1), key(8), SearchHash.HMAC_SHA256, Set.of()));
		String hash = sha.searchHash("id:RESIDENT_ID", ID);
		assertThat(hash).hasSize(64).isEqualTo(sha.searchHash("id:RESIDENT_ID", ID));
		assertThat(sha.searchHash("phone", ID)).isNotEqualTo(hash);
		assertThat(sm3.searchHash("id:RESIDENT_ID", ID)).hasSize(64).isNotEqualTo(hash);
		assertThat(otherKey.searchHash("id:RESIDENT_ID", ID)).isNotEqualTo(hash);
	}

	@Test
	void withoutKeysNothingIsStored() {
		PersonalDataVault none = new PersonalDataVault(new ProtectionProperties(CipherAlgorithm.AES_GCM, null, Map.of(),
				null, SearchHash.HMAC_SHA256, Set.of()));
		assertThat(none.configured()).isFalse();
		assertThatThrownBy(() -> none.encrypt(Persons.PHONE, "13812345678")).isInstanceOf(GongzhiException.class);
	}

	@Test
	void aShortKeyIsRefusedAtStart() {
		assertThatThrownBy(() -> vault(CipherAlgorithm.AES_GCM, "k1",
				Map.of("k1", Base64.getEncoder().encodeToString(new byte[16]))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("32 bytes");
	}

	private static PersonalDataVault vault(CipherAlgorithm algorithm, String current, Map<String, String> keys) {
		return new PersonalDataVault(
				new ProtectionProperties(algorithm, current, keys, SEARCH, SearchHash.HMAC_SHA256, Set.of()));
	}

	private static String key(int seed) {
		byte[] bytes = new byte[32];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (seed * 31 + i);
		}
		return Base64.getEncoder().encodeToString(bytes);
	}

}
