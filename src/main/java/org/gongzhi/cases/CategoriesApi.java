package org.gongzhi.cases;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.gongzhi.identity.GongzhiUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case categories (GB/T 30428.2 部件 and 事件 classes, community governance classes) with
 * their handling unit types, priorities, time limits and extra questions. Everyone signed
 * in reads them; administrators change them, each change a new version.
 */
@RestController
@RequestMapping("/api/categories")
@Tag(name = "cases", description = "The case closed loop: categories, cases, transitions")
class CategoriesApi {

	private final CategoryCatalog catalog;

	private final CategoryAdministration administration;

	private final CategoryStore store;

	CategoriesApi(CategoryCatalog catalog, CategoryAdministration administration, CategoryStore store) {
		this.catalog = catalog;
		this.administration = administration;
		this.store = store;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The category tree: families, major classes and the minor classes cases are reported in")
	List<CategoryView> tree(Locale locale) {
		return this.catalog.roots().stream().map((root) -> view(root, locale, true)).toList();
	}

	@GetMapping("/{code}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One category (current version) with its children")
	CategoryView one(@PathVariable String code, Locale locale) {
		return view(this.catalog.get(code), locale, true);
	}

	@GetMapping("/{code}/versions")
	@PreAuthorize("hasAnyRole('ADMIN', 'DISPATCHER', 'LEADER')")
	@Operation(summary = "Every version of a category, newest first")
	List<CategoryView> versions(@PathVariable String code, Locale locale) {
		this.catalog.get(code);
		return this.store.versionsOf(code).stream().map((version) -> view(version, locale, false)).toList();
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Adds a category below an existing one (fields left out are taken from the parent)")
	ResponseEntity<CategoryView> add(@AuthenticationPrincipal GongzhiUser caller, @Valid @RequestBody CategoryForm form,
			Locale locale) {
		CaseCategory added = this.administration.add(form, caller.getId());
		return ResponseEntity.created(URI.create("/api/categories/" + added.code())).body(view(added, locale, false));
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Changes a category as a new version; open cases keep the version they were created with")
	CategoryView change(@AuthenticationPrincipal GongzhiUser caller, @PathVariable String code,
			@Valid @RequestBody CategoryForm form, Locale locale) {
		return view(this.administration.change(code, form, caller.getId()), locale, false);
	}

	private CategoryView view(CaseCategory category, Locale locale, boolean withChildren) {
		List<CaseCategory> children = this.catalog.children(category.code());
		return new CategoryView(category.code(), category.parentCode(), category.versionId(), category.version(),
				category.name(locale), category.nameZh(), category.nameEn(), category.unitType(),
				category.defaultPriority(), category.sla().minutes(), category.publicVisible(), category.active(),
				children.isEmpty(), category.sortOrder(), category.attributes(), category.createdAt(),
				withChildren ? children.stream().map((child) -> view(child, locale, true)).toList() : null);
	}

	/**
	 * A category as the API shows it.
	 *
	 * @param code code
	 * @param parentCode parent's code, {@code null} at the top
	 * @param versionId id of this version
	 * @param version number of this version
	 * @param name name in the caller's language
	 * @param nameZh name in Chinese
	 * @param nameEn name in English
	 * @param unitType type of the default handling unit
	 * @param defaultPriority priority of a new case
	 * @param sla minutes per stage and priority
	 * @param publicVisible shown on the public map
	 * @param active open for new reports
	 * @param leaf has no children (cases are reported in leaves)
	 * @param sortOrder position among siblings
	 * @param attributes extra questions
	 * @param createdAt when this version was made
	 * @param children the children, in a tree
	 */
	record CategoryView(String code, String parentCode, long versionId, int version, String name, String nameZh,
			String nameEn, String unitType, Priority defaultPriority, Map<Stage, Map<Priority, Integer>> sla,
			boolean publicVisible, boolean active, boolean leaf, int sortOrder, List<CategoryAttribute> attributes,
			Instant createdAt, List<CategoryView> children) {
	}

}
