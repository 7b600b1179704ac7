package org.gongzhi.registry;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GB 11643 ID numbers: region, birth date and the MOD 11-2 check digit. */
class IdNumbersTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

	@Test
	void theTextbookNumbersAreValidIncludingACheckDigitX() {
		assertThat(IdNumbers.problem("11010519491231002X", TODAY)).isEmpty();
		assertThat(IdNumbers.problem("440524188001010014", TODAY)).isEmpty();
		assertThat(IdNumbers.checkDigit("11010519491231002")).isEqualTo('X');
	}

	@Test
	void everyRemainderMapsToItsCheckDigit() {
		// sums mod 11 = 0..10 give 1 0 X 9 8 7 6 5 4 3 2
		String first17 = "21010519800101001";
		char check = IdNumbers.checkDigit(first17);
		assertThat("10X98765432").contains(String.valueOf(check));
		assertThat(IdNumbers.problem(first17 + check, TODAY)).isEmpty();
	}

	@Test
	void aWrongCheckDigitIsNamedAsSuch() {
		assertThat(IdNumbers.problem("110105194912310021", TODAY)).contains("registry.id-number.check-digit");
		assertThat(IdNumbers.problem("440524188001010015", TODAY)).contains("registry.id-number.check-digit");
	}

	@Test
	void aLowerCaseXIsNormalizedToX() {
		assertThat(IdNumbers.normalize(" 11010519491231002x ")).isEqualTo("11010519491231002X");
	}

	@Test
	void anImpossibleBirthDateOrOneInTheFutureIsRefused() {
		assertThat(IdNumbers.problem(valid("210105", "19800230"), TODAY)).contains("registry.id-number.birth-date");
		assertThat(IdNumbers.problem(valid("210105", "20270101"), TODAY)).contains("registry.id-number.birth-date");
	}

	@Test
	void anUnknownProvinceIsRefused() {
		assertThat(IdNumbers.problem(valid("990105", "19800101"), TODAY)).contains("registry.id-number.region");
		assertThat(IdNumbers.problem(valid("210005", "19800101"), TODAY)).isEmpty();
		assertThat(IdNumbers.problem(valid("210000", "19800101"), TODAY)).isEmpty();
		assertThat(IdNumbers.problem(valid("000105", "19800101"), TODAY)).contains("registry.id-number.region");
	}

	@Test
	void aNumberOfTheWrongShapeIsRefused() {
		assertThat(IdNumbers.problem("21010519800101", TODAY)).contains("registry.id-number.shape");
		assertThat(IdNumbers.problem("2101051980010100X1", TODAY)).contains("registry.id-number.shape");
	}

	@Test
	void theSequenceNumberGivesTheGender() {
		assertThat(IdNumbers.gender("11010519491231002X")).isEqualTo(Gender.FEMALE);
		assertThat(IdNumbers.gender("440524188001010014")).isEqualTo(Gender.MALE);
	}

	@Test
	void masksKeepTheRegionAndTheLastFour() {
		assertThat(Masking.idNumber("210105198001011234")).isEqualTo("210105********1234");
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
	}

	/** A valid number of a region and birth date (sequence 001). */
	static String valid(String region, String birth) {
		String first17 = region + birth + "001";
		return first17 + IdNumbers.checkDigit(first17);
	}

}
