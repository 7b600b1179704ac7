package org.gongzhi.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case as it happened before it was entered here (see {@link CaseBackfill}).
 *
 * @param categoryCode a reportable (leaf, active) category
 * @param lat WGS-84 latitude, inside a grid
 * @param lng WGS-84 longitude
 * @param description what was reported
 * @param channel intake channel (RESIDENT, GRID_WORKER, HOTLINE, OPEN311, IMPORT)
 * @param reporter who reported it
 * @param reportedAt when
 * @param steps what happened to it afterwards, oldest first
 */
public record PastCase(String categoryCode, double lat, double lng, String description, String channel,
		PastActor reporter, Instant reportedAt, List<PastStep> steps) {

	public PastCase {
		steps = List.copyOf(steps);
	}

}
