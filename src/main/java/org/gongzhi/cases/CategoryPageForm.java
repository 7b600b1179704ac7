package org.gongzhi.cases;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The category form of the administration page. A form bean rather than a record: the
 * page posts the time limits as {@code sla[HANDLE_NORMAL]} and unticked checkboxes as
 * markers, which Spring binds to properties.
 */
class CategoryPageForm {

	@NotBlank
	@Size(max = 100)
	private String nameZh;

	@NotBlank
	@Size(max = 100)
	private String nameEn;

	@NotBlank
	@Pattern(regexp = "[A-Z]{2,4}", message = "{cases.category.bad-unit-type}")
	private String unitType;

	@NotNull
	private Priority defaultPriority;

	private boolean publicVisible;

	private boolean active;

	/** Minutes by {@code STAGE_PRIORITY}, e.g. {@code HANDLE_NORMAL}. */
	private Map<String, Integer> sla = new LinkedHashMap<>();

	static CategoryPageForm of(CaseCategory category) {
		CategoryPageForm form = new CategoryPageForm();
		form.nameZh = category.nameZh();
		form.nameEn = category.nameEn();
		form.unitType = category.unitType();
		form.defaultPriority = category.defaultPriority();
		form.publicVisible = category.publicVisible();
		form.active = category.active();
		category.sla()
			.minutes()
			.forEach((stage, limits) -> limits
				.forEach((priority, minutes) -> form.sla.put(stage.name() + "_" + priority.name(), minutes)));
		return form;
	}

	/** The change the API would take, with every field set. */
	CategoryForm toForm() {
		Map<Stage, Map<Priority, Integer>> limits = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			Map<Priority, Integer> row = new EnumMap<>(Priority.class);
			for (Priority priority : Priority.values()) {
				row.put(priority, this.sla.get(stage.name() + "_" + priority.name()));
			}
			limits.put(stage, row);
		}
		return new CategoryForm(null, null, null, this.nameZh, this.nameEn, this.unitType, this.defaultPriority, limits,
				this.publicVisible, this.active, null, null);
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getUnitType() {
		return this.unitType;
	}

	public void setUnitType(String unitType) {
		this.unitType = unitType;
	}

	public Priority getDefaultPriority() {
		return this.defaultPriority;
	}

	public void setDefaultPriority(Priority defaultPriority) {
		this.defaultPriority = defaultPriority;
	}

	public boolean isPublicVisible() {
		return this.publicVisible;
	}

	public void setPublicVisible(boolean publicVisible) {
		this.publicVisible = publicVisible;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Map<String, Integer> getSla() {
		return this.sla;
	}

	public void setSla(Map<String, Integer> sla) {
		this.sla = sla;
	}

}
