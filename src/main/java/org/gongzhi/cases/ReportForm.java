package org.gongzhi.cases;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A report of a problem ({@code POST /api/cases}).
 *
 * @param categoryCode a leaf category
 * @param lat latitude
 * @param lng longitude
 * @param coordSystem {@code WGS84} (default) or {@code GCJ02}; stored as WGS-84
 * @param address address text
 * @param description what is wrong
 * @param answers answers to the category's extra questions, by their code (a list for
 * multivaluelist)
 * @param priority priority asked for by staff; residents get the category's default
 * @param selfHandled a grid worker solved it on the spot (needs before and after photos)
 * @param attachmentIds uploaded photos, videos or documents (for a self-handled case: the
 * photos before)
 * @param handledAttachmentIds photos after handling, for a self-handled case
 * @param publicShown whether the reporter lets the case be shown on the public map if its
 * category is public (default yes)
 */
record ReportForm(@NotBlank @Size(max = 32) String categoryCode,
		@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
		@NotNull @DecimalMin("-180") @DecimalMax("180") Double lng, CoordSystem coordSystem,
		@Size(max = 200) String address, @NotBlank @Size(max = 2000) String description, Map<String, Object> answers,
		Priority priority, Boolean selfHandled, @Size(max = 20) List<UUID> attachmentIds,
		@Size(max = 20) List<UUID> handledAttachmentIds, Boolean publicShown) {

	ReportForm {
		answers = (answers != null) ? new TreeMap<>(answers) : Map.of();
		attachmentIds = (attachmentIds != null) ? List.copyOf(attachmentIds) : List.of();
		handledAttachmentIds = (handledAttachmentIds != null) ? List.copyOf(handledAttachmentIds) : List.of();
		coordSystem = (coordSystem != null) ? coordSystem : CoordSystem.WGS84;
		selfHandled = Boolean.TRUE.equals(selfHandled);
		publicShown = !Boolean.FALSE.equals(publicShown);
	}

}
