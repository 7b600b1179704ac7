package org.gongzhi.cases;

import java.util.List;

/**
 * One page of cases.
 *
 * @param items the cases
 * @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last
 */
record CasePage(List<CaseSummary> items, String nextCursor) {
}
