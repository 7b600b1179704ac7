package org.gongzhi.identity;

import org.springframework.stereotype.Component;

/**
 * Ciphers for personal information kept at rest (PIPL, 等保): other modules encrypt phones,
 * e-mail addresses, names and ID numbers with the cipher of their purpose before storing
 * them, and decrypt them only for an audited full view.
 */
@Component
public class PersonalDataCiphers {

	private final KeyedHash keys;

	PersonalDataCiphers(KeyedHash keys) {
		this.keys = keys;
	}

	/** The cipher of one purpose, e.g. {@code "case-contact"}. */
	public FieldCipher forPurpose(String purpose) {
		return new FieldCipher(this.keys.derive("personal-data:" + purpose));
	}

}
