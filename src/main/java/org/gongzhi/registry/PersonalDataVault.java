package org.gongzhi.registry;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import org.gongzhi.registry.ProtectionProperties.CipherAlgorithm;
import org.gongzhi.registry.ProtectionProperties.SearchHash;
import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.http.HttpStatus;

/**
 * Encrypts the registry's sensitive values (ID numbers, phones) at rest and hashes them
 * for exact search. A stored value names its key and algorithm
 * ({@code k2:AES_GCM:<Base64 of nonce and ciphertext>}), so keys rotate: new values take
 * the current key, older ones decrypt with the key they name until {@link KeyRotation}
 * has re-encrypted them. The purpose (e.g. {@code person.id-number}) is authenticated
 * with each value, so a value copied into another column no longer decrypts.
 */
class PersonalDataVault {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

	private static final int NONCE = 12;

	private static final int TAG_BITS = 128;

	private static final int MIN_KEY_BYTES = 32;

	private final CipherAlgorithm algorithm;

	private final String currentKey;

	/**
	 * Derived keys by key id and algorithm, so that a master key serves one cipher only.
	 */
	private final Map<String, byte[]> masters;

	private final byte[] searchKey;

	/** Derived keys by key id and algorithm, computed once. */
	private final Map<String, byte[]> derivedKeys = new java.util.concurrent.ConcurrentHashMap<>();

	private final SearchHash searchHash;

	PersonalDataVault(ProtectionProperties properties) {
		this.algorithm = properties.algorithm();
		this.currentKey = properties.currentKey();
		this.searchHash = properties.searchHash();
		this.masters = new HashMap<>();
		properties.keys().forEach((id, base64) -> {
			if (!KEY_ID.matcher(id).matches()) {
				throw new IllegalStateException("registry key id '" + id + "' must be 1-16 letters, digits, - or _");
			}
			this.masters.put(id, keyBytes("keys." + id, base64));
		});
		this.searchKey = (properties.searchKey() != null) ? keyBytes("search-key", properties.searchKey()) : null;
		if (this.currentKey != null && !this.masters.containsKey(this.currentKey)) {
			throw new IllegalStateException("gongzhi.registry.protection.current-key names no configured key");
		}
	}

	/** Whether keys are configured; without them the registry stores no personal data. */
	boolean configured() {
		return this.currentKey != null && this.searchKey != null;
	}

	String currentKey() {
		return this.currentKey;
	}

	CipherAlgorithm algorithm() {
		return this.algorithm;
	}

	/**
	 * The stored form of a value under the current key; {@code null} stays {@code null}.
	 */
	String encrypt(String purpose, String value) {
		if (value == null) {
			return null;
		}
		return encryptBytes(purpose, value.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The stored form of any content (e.g. an import's error file, which holds the rows
	 * as uploaded) under the current key.
	 */
	String encryptBytes(String purpose, byte[] content) {
		requireConfigured();
		byte[] nonce = new byte[NONCE];
		RANDOM.nextBytes(nonce);
		byte[] key = derived(this.currentKey, this.algorithm);
		byte[] sealed = seal(this.algorithm, key, nonce, purpose, content);
		return this.currentKey + ":" + this.algorithm.name() + ":" + Base64.getEncoder()
			.encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
	}

	/** The value of a stored form; fails if it was changed, moved or its key is gone. */
	String decrypt(String purpose, String stored) {
		if (stored == null) {
			return null;
		}
		return new String(decryptBytes(purpose, stored), StandardCharsets.UTF_8);
	}

	/** The content of a stored form made by {@link #encryptBytes}. */
	byte[] decryptBytes(String purpose, String stored) {
		String[] parts = stored.split(":", 3);
		if (parts.length != 3 || !this.masters.containsKey(parts[0])) {
			throw new IllegalStateException("a stored value names an unknown key");
		}
		CipherAlgorithm storedWith = CipherAlgorithm.valueOf(parts[1]);
		byte[] all = Base64.getDecoder().decode(parts[2]);
		byte[] nonce = new byte[NONCE];
		System.arraycopy(all, 0, nonce, 0, NONCE);
		byte[] sealed = new byte[all.length - NONCE];
		System.arraycopy(all, NONCE, sealed, 0, sealed.length);
		return open(storedWith, derived(parts[0], storedWith), nonce, purpose, sealed);
	}

	/**
	 * Whether a stored value was made with another key or algorithm than new ones are.
	 */
	boolean isStale(String stored) {
		return stored != null && !stored.startsWith(this.currentKey + ":" + this.algorithm.name() + ":");
	}

	/** The keyed hash of a normalized value, 64 hex digits, for exact search. */
	String searchHash(String kind, String normalized) {
		if (normalized == null) {
			return null;
		}
		requireConfigured();
		byte[] content = (kind + "\n" + normalized).getBytes(StandardCharsets.UTF_8);
		if (this.searchHash == SearchHash.HMAC_SM3) {
			HMac mac = new HMac(new SM3Digest());
			mac.init(new KeyParameter(this.searchKey));
			mac.update(content, 0, content.length);
			byte[] out = new byte[mac.getMacSize()];
			mac.doFinal(out, 0);
			return HexFormat.of().formatHex(out);
		}
		return HexFormat.of().formatHex(hmacSha256(this.searchKey, content));
	}

	private void requireConfigured() {
		if (!configured()) {
			throw new GongzhiException(HttpStatus.SERVICE_UNAVAILABLE, "registry-keys-missing",
					"registry.protection.not-configured");
		}
	}

	private byte[] derived(String keyId, CipherAlgorithm algorithm) {
		return this.derivedKeys.computeIfAbsent(keyId + ":" + algorithm.name(), (name) -> derive(keyId, algorithm));
	}

	private byte[] derive(String keyId, CipherAlgorithm algorithm) {
		byte[] full = hmacSha256(this.masters.get(keyId),
				("gongzhi-registry:" + algorithm.name()).getBytes(StandardCharsets.UTF_8));
		if (algorithm == CipherAlgorithm.SM4_GCM) {
			byte[] sm4 = new byte[16];
			System.arraycopy(full, 0, sm4, 0, 16);
			return sm4;
		}
		return full;
	}

	private static byte[] seal(CipherAlgorithm algorithm, byte[] key, byte[] nonce, String purpose, byte[] plain) {
		return crypt(true, algorithm, key, nonce, purpose, plain);
	}

	private static byte[] open(CipherAlgorithm algorithm, byte[] key, byte[] nonce, String purpose, byte[] sealed) {
		return crypt(false, algorithm, key, nonce, purpose, sealed);
	}

	private static byte[] crypt(boolean encrypt, CipherAlgorithm algorithm, byte[] key, byte[] nonce, String purpose,
			byte[] input) {
		byte[] aad = purpose.getBytes(StandardCharsets.UTF_8);
		try {
			if (algorithm == CipherAlgorithm.SM4_GCM) {
				GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
				gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, aad));
				byte[] out = new byte[gcm.getOutputSize(input.length)];
				int length = gcm.processBytes(input, 0, input.length, out, 0);
				length += gcm.doFinal(out, length);
				return (length == out.length) ? out : java.util.Arrays.copyOf(out, length);
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
					new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(aad);
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException | InvalidCipherTextException ex) {
			// never the value itself in a message
			throw new IllegalStateException("a stored value does not decrypt: changed, moved or wrong key");
		}
	}

	private static byte[] hmacSha256(byte[] key, byte[] content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(content);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] keyBytes(String name, String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("gongzhi.registry.protection." + name + " is not Base64");
		}
		if (bytes.length < MIN_KEY_BYTES) {
			throw new IllegalStateException(
					"gongzhi.registry.protection." + name + " must hold at least " + MIN_KEY_BYTES + " bytes");
		}
		return bytes;
	}

}
