package org.gongzhi.files;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes uploads never attached (after {@code gongzhi.files.unattached-retention}) and
 * stored contents no record points to (left by a crash between storing and recording).
 * Safe on several nodes at once: every step tolerates that another node did it first.
 */
@Component
class UploadCleanup {

	private static final Logger log = LoggerFactory.getLogger(UploadCleanup.class);

	/** Contents younger than this may belong to an upload still being recorded. */
	private static final Duration ORPHAN_GRACE = Duration.ofHours(1);

	private static final int BATCH = 500;

	private final StoredFiles files;

	private final FileStorage storage;

	private final FilesProperties properties;

	private final Clock clock;

	UploadCleanup(StoredFiles files, FileStorage storage, FilesProperties properties, Clock clock) {
		this.files = files;
		this.storage = storage;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${gongzhi.files.cleanup-interval:1h}",
			initialDelayString = "${gongzhi.files.cleanup-initial-delay:10m}")
	void run() {
		try {
			int unattached = removeUnattached();
			int orphans = removeOrphans();
			if (unattached + orphans > 0) {
				log.info("Removed {} unattached uploads and {} orphaned contents", unattached, orphans);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Cleaning up uploads failed; trying again next time", ex);
		}
	}

	/** Removes uploads not attached within the retention; how many. */
	int removeUnattached() throws IOException {
		Instant cutoff = this.clock.instant().minus(this.properties.unattachedRetention());
		int removed = 0;
		for (List<StoredFile> batch = this.files.unattachedBefore(cutoff, BATCH); !batch.isEmpty(); batch = this.files
			.unattachedBefore(cutoff, BATCH)) {
			for (StoredFile file : batch) {
				// the record goes first: content without a record is swept as an orphan
				if (this.files.deleteUnattached(file.id())) {
					this.storage.delete(file.storageKey());
					if (file.thumbnailKey() != null) {
						this.storage.delete(file.thumbnailKey());
					}
					removed++;
				}
			}
		}
		return removed;
	}

	/** Removes stored contents that no record points to; how many. */
	int removeOrphans() throws IOException {
		int removed = 0;
		try (Stream<String> keys = this.storage.keysStoredBefore(this.clock.instant().minus(ORPHAN_GRACE))) {
			Iterator<String> iterator = keys.iterator();
			List<String> batch = new ArrayList<>(BATCH);
			while (iterator.hasNext()) {
				batch.add(iterator.next());
				if (batch.size() == BATCH || !iterator.hasNext()) {
					removed += removeUnused(batch);
					batch.clear();
				}
			}
		}
		return removed;
	}

	private int removeUnused(List<String> keys) throws IOException {
		Set<String> inUse = this.files.keysInUse(keys);
		int removed = 0;
		for (String key : keys) {
			if (!inUse.contains(key)) {
				this.storage.delete(key);
				removed++;
			}
		}
		return removed;
	}

}
