package org.gongzhi.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 under {@code gongzhi.security.secret}: whoever can read the database but
 * not the secret can neither recompute the audit chain nor turn a stored token hash back
 * into a usable token.
 */
@Component
class KeyedHash {

	private final SecretKeySpec key;

	KeyedHash(SecurityProperties properties) {
		this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/**
	 * A key of 256 bits for one purpose, derived from the secret, e.g. to encrypt the
	 * second-factor secrets.
	 */
	byte[] derive(String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(("gongzhi-key:" + purpose).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The keyed hash of {@code content} as 64 hex digits. */
	String hex(String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
