package org.gongzhi.registry;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongzhi.identity.MobileNumber;

/**
 * The forms of places and organizations. A change leaves the phone as it is when none is
 * given: lists and pages only ever hold its masked form.
 */
final class PlaceForms {

	static final String PHONE = MobileNumber.PATTERN;

	private PlaceForms() {
	}

	/** A key place (重点场所) in a grid. */
	record PlaceForm(@NotBlank @Size(max = 18) String gridCode, @NotBlank @Size(max = 100) String name,
			@NotNull PlaceKind kind, @Size(max = 200) String address, @DecimalMin("-90") @DecimalMax("90") Double lat,
			@DecimalMin("-180") @DecimalMax("180") Double lng, @Size(max = 50) String contactName,
			@Pattern(regexp = PHONE, message = "{registry.phone.invalid}") String phone, @NotNull RiskLevel riskLevel) {

		PlaceForm {
			name = strip(name);
			address = strip(address);
			contactName = strip(contactName);
			phone = strip(phone);
		}

	}

	/** An organization (企业, 商户, 社会组织, 物业公司, 业委会) in a grid. */
	record OrganizationForm(@NotBlank @Size(max = 18) String gridCode, @NotBlank @Size(max = 100) String name,
			@NotNull OrganizationKind kind, @CreditCode String creditCode, @Size(max = 200) String address,
			@DecimalMin("-90") @DecimalMax("90") Double lat, @DecimalMin("-180") @DecimalMax("180") Double lng,
			@Size(max = 50) String contactName,
			@Pattern(regexp = PHONE, message = "{registry.phone.invalid}") String phone) {

		OrganizationForm {
			name = strip(name);
			creditCode = (creditCode == null || creditCode.isBlank()) ? null : SocialCreditCodes.normalize(creditCode);
			address = strip(address);
			contactName = strip(contactName);
			phone = strip(phone);
		}

	}

	/** Blank is nothing: a form's empty field leaves the value out. */
	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
