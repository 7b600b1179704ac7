package org.gongzhi.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GB 32100 unified social credit codes. */
class SocialCreditCodesTest {

	@Test
	void publishedCodesAreValid() {
		// the example of GB 32100-2015
		assertThat(SocialCreditCodes.isValid("91350100M000100Y43")).isTrue();
		assertThat(SocialCreditCodes.isValid("91350100m000100y43".toUpperCase())).isTrue();
	}

	@Test
	void aWrongCheckCharacterIsRefused() {
		assertThat(SocialCreditCodes.isValid("91350100M000100Y44")).isFalse();
	}

	@Test
	void lettersTheStandardLeavesOutAreRefused() {
		String first17 = "91350100M000100Y4";
		assertThat(SocialCreditCodes.isValid(first17.replace('M', 'I') + "3")).isFalse();
		assertThat(SocialCreditCodes.isValid("91350100M000100Y4")).isFalse();
	}

	@Test
	void aCheckValueOfZeroIsWrittenAsZero() {
		// find a code whose check value is 31 mod 31 = 0
		for (int i = 0; i < 31; i++) {
			String first17 = "9121010500000000" + SocialCreditCodes.CHARACTERS.charAt(i);
			char check = SocialCreditCodes.checkCharacter(first17);
			assertThat(SocialCreditCodes.isValid(first17 + check)).isTrue();
			if (check == '0') {
				return;
			}
		}
	}

}
