package org.gongzhi.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM for one kind of value kept in a column: a random nonce per value, stored in
 * front of the ciphertext, all Base64. The key is derived from the application secret for
 * one purpose, so a key of one kind decrypts nothing of another.
 */
public final class FieldCipher {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int NONCE = 12;

	private final SecretKeySpec key;

	FieldCipher(byte[] key) {
		this.key = new SecretKeySpec(key, "AES");
	}

	/** The stored form of a value; {@code null} stays {@code null}. */
	public String encrypt(String value) {
		if (value == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			byte[] encrypted = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(NONCE + encrypted.length).put(nonce).put(encrypted).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The value of a stored form; fails if it was changed or made with another key. */
	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, all, 0, NONCE));
			return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
