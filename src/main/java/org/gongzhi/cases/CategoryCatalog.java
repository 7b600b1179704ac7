package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The case categories held in memory, so that intake never reads them from the database.
 * The current versions are reloaded after a change on this node commits, and when a poll
 * sees that another node added a version; versions never change once written, so they are
 * cached for good.
 */
@Component
class CategoryCatalog {

	private static final Comparator<CaseCategory> SIBLING_ORDER = Comparator.comparingInt(CaseCategory::sortOrder)
		.thenComparing(CaseCategory::code);

	private final CategoryStore store;

	private final Map<Long, CaseCategory> versions = new ConcurrentHashMap<>();

	private volatile Snapshot snapshot;

	CategoryCatalog(CategoryStore store) {
		this.store = store;
	}

	/** The current version of a category, if the code exists. */
	Optional<CaseCategory> find(String code) {
		return Optional.ofNullable(snapshot().byCode().get(code));
	}

	/** The current version of a category, or a 404 problem. */
	CaseCategory get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("cases.category.not-found", code));
	}

	/** A version by id, current or not. */
	CaseCategory version(long versionId) {
		CaseCategory cached = this.versions.get(versionId);
		if (cached != null) {
			return cached;
		}
		CaseCategory loaded = this.store.version(versionId)
			.orElseThrow(() -> new NotFoundException("cases.category.not-found", versionId));
		this.versions.put(versionId, loaded);
		return loaded;
	}

	/** The top categories, each sibling list in its order. */
	List<CaseCategory> roots() {
		return children(null);
	}

	List<CaseCategory> children(String parentCode) {
		return snapshot().children().getOrDefault(parentCode, List.of());
	}

	boolean isLeaf(String code) {
		return children(code).isEmpty();
	}

	/** Every current category, parents before children. */
	List<CaseCategory> all() {
		List<CaseCategory> all = new ArrayList<>();
		collect(null, all);
		return all;
	}

	private void collect(String parent, List<CaseCategory> into) {
		for (CaseCategory child : children(parent)) {
			into.add(child);
			collect(child.code(), into);
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CategoriesChanged event) {
		reload();
	}

	@Scheduled(fixedDelayString = "${gongzhi.cases.category-poll:30s}",
			initialDelayString = "${gongzhi.cases.category-poll:30s}")
	void pollForChangesOnOtherNodes() {
		Snapshot current = this.snapshot;
		if (current != null && this.store.latestVersionId() != current.latestVersionId()) {
			reload();
		}
	}

	private Snapshot snapshot() {
		Snapshot current = this.snapshot;
		return (current != null) ? current : reload();
	}

	synchronized Snapshot reload() {
		long latest = this.store.latestVersionId();
		Map<String, CaseCategory> byCode = new LinkedHashMap<>();
		Map<String, List<CaseCategory>> children = new LinkedHashMap<>();
		for (CaseCategory category : this.store.current()) {
			byCode.put(category.code(), category);
			this.versions.put(category.versionId(), category);
			children.computeIfAbsent(category.parentCode(), (parent) -> new ArrayList<>()).add(category);
		}
		Map<String, List<CaseCategory>> sorted = new HashMap<>();
		children.forEach((parent, list) -> sorted.put(parent, list.stream().sorted(SIBLING_ORDER).toList()));
		Snapshot loaded = new Snapshot(Map.copyOf(byCode), sorted, latest);
		this.snapshot = loaded;
		return loaded;
	}

	/** Published when categories change, to reload them after the commit. */
	record CategoriesChanged(String code) {
	}

	private record Snapshot(Map<String, CaseCategory> byCode, Map<String, List<CaseCategory>> children,
			long latestVersionId) {
	}

}
