package org.gongzhi.evaluation;

/**
 * Published on this node (an ordinary, synchronous application event, not persisted)
 * after a case event's contributions to the rollups have committed, and after a rebuild:
 * what {@link Indicators} answers may have changed. For caches of indicator figures;
 * other nodes do not hear of it.
 *
 * @param caseId the case whose event was counted, {@code 0} after a rebuild
 */
public record IndicatorsChanged(long caseId) {

}
