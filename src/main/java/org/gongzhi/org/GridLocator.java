package org.gongzhi.org;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Locates a point in a grid. Lookups read an immutable index; when grids change the index
 * is rebuilt in the background and swapped in, so lookups never wait and never see half
 * an index. Each node also polls for changes made by other nodes.
 */
@Service
public class GridLocator {

	private static final Logger log = LoggerFactory.getLogger(GridLocator.class);

	private final OrgUnitStore store;

	private final ExecutorService rebuilder = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "grid-index");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean rebuildPending = new AtomicBoolean();

	private volatile GridIndex index = GridIndex.EMPTY;

	private volatile String version = "";

	GridLocator(OrgUnitStore store) {
		this.store = store;
	}

	/** The grid covering the point and the units above it, if any grid does. */
	public Optional<GridLocation> locate(double lat, double lng) {
		return Optional.ofNullable(this.index.locate(lat, lng));
	}

	/** Number of grids in the index. */
	public int indexedGrids() {
		return this.index.size();
	}

	/**
	 * Builds the index now unless it holds grids, for work that starts before the
	 * application is ready and needs lookups (such as the demo history).
	 * @return the number of grids in the index
	 */
	public int ensureIndexed() {
		if (this.index.size() == 0) {
			rebuild();
		}
		return this.index.size();
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildOnStart() {
		rebuild();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(GridsChanged event) {
		requestRebuild();
	}

	@Scheduled(fixedDelayString = "${gongzhi.org.grid-index-poll:60s}",
			initialDelayString = "${gongzhi.org.grid-index-poll:60s}")
	void pollForChangesOnOtherNodes() {
		if (!this.store.gridsVersion().equals(this.version)) {
			requestRebuild();
		}
	}

	/**
	 * Rebuilds in the background; requests made while one is pending are folded into it.
	 */
	void requestRebuild() {
		if (this.rebuildPending.compareAndSet(false, true)) {
			this.rebuilder.execute(() -> {
				this.rebuildPending.set(false);
				rebuild();
			});
		}
	}

	synchronized void rebuild() {
		long started = System.nanoTime();
		String versionBefore = this.store.gridsVersion();
		List<MappedUnit> grids = this.store.allGridOutlines();
		Set<String> codes = new HashSet<>(GridIndex.parentCodes(grids));
		List<OrgUnit> communities = this.store.findAll(codes);
		communities.forEach((community) -> codes.add(community.parentCode()));
		List<OrgUnit> streets = this.store.findAll(codes);
		streets.forEach((street) -> codes.add(street.parentCode()));
		this.index = GridIndex.of(grids, GridIndex.byCode(this.store.findAll(codes)));
		this.version = versionBefore;
		log.info("Grid index: {} grids in {} ms", grids.size(), (System.nanoTime() - started) / 1_000_000);
	}

}
