package org.gongzhi.identity;

import org.springframework.stereotype.Component;

/**
 * Staff work phones at rest: encrypted with the cipher of their own purpose, shown
 * masked, opened in full only for an audited view ({@link StaffDirectory#revealPhone}).
 */
@Component
class StaffPhones {

	private final FieldCipher cipher;

	StaffPhones(PersonalDataCiphers ciphers) {
		this.cipher = ciphers.forPurpose("staff-phone");
	}

	String seal(String phone) {
		return this.cipher.encrypt(phone);
	}

	String open(String sealed) {
		return this.cipher.decrypt(sealed);
	}

	/** The masked number of a stored value, or {@code null} without one. */
	String masked(String sealed) {
		return (sealed != null) ? MobileNumber.mask(open(sealed)) : null;
	}

}
