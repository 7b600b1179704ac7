package org.gongzhi.cases;

/**
 * What every case event says about its case, so that listeners (indicators,
 * notifications) need not read the case back.
 *
 * @param caseId internal id of the case
 * @param number readable case number, e.g. {@code HG20261123-0042}
 * @param orgCode code of the org unit the case is located in (a grid where one covers the
 * place), the key of data scope
 * @param categoryCode code of the case's category
 * @param unitCode code of the handling unit the case is dispatched to (a department code
 * or an org unit code), {@code null} before dispatch
 * @param reporterUserId the reporting user, {@code null} for anonymous or external
 * reports
 */
public record CaseFacts(long caseId, String number, String orgCode, String categoryCode, String unitCode,
		Long reporterUserId) {

}
