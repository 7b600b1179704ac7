package org.gongzhi.evaluation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The indicators of the caller's handling unit this month, as a fragment the department
 * queue (module cases) loads into its page.
 */
@Controller
class UnitIndicatorsController {

	private final Indicators indicators;

	UnitIndicatorsController(Indicators indicators) {
		this.indicators = indicators;
	}

	@GetMapping("/evaluation/unit-indicators")
	@PreAuthorize("hasRole('DEPARTMENT')")
	String unitIndicators(Model model) {
		model.addAttribute("report", this.indicators.report(new IndicatorQuery(null, null, null, null, null, null)));
		return "evaluation/unit-indicators :: indicators";
	}

}
