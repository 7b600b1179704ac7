package org.gongzhi.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongzhi.org.MapPanelSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The coverage (采集率) of the registry: a dashboard page with a unit's figures and its
 * children, the same as JSON ({@code /api/registry/coverage}), and a fragment the org map
 * shows in its side panel.
 */
@Controller
@Tag(name = "registry")
class CoveragePages {

	static final String PATH = RegistryPages.PATH + "/coverage";

	private final Coverage coverage;

	CoveragePages(Coverage coverage) {
		this.coverage = coverage;
	}

	@GetMapping(PATH)
	@PreAuthorize(Coverage.READERS)
	String page(@RequestParam(required = false) String org, Model model) {
		model.addAttribute("coverage", this.coverage.of(org));
		return "registry/coverage";
	}

	@GetMapping(PATH + "/panel")
	@PreAuthorize(Coverage.READERS)
	String panel(@RequestParam(required = false) String org, Model model) {
		model.addAttribute("coverage", this.coverage.of(org));
		return "registry/coverage :: panel";
	}

	@GetMapping("/api/registry/coverage")
	@ResponseBody
	@PreAuthorize(Coverage.READERS)
	@Operation(summary = "Households and persons recorded against the estimates (采集率), stale records, special-group"
			+ " members and overdue visits of a unit of the caller's scope and of its children")
	Coverage.CoverageView api(@RequestParam(required = false) String org) {
		return this.coverage.of(org);
	}

	@Configuration(proxyBeanMethods = false)
	static class MapSection {

		@Bean
		MapPanelSection registryCoverageMapSection() {
			return new MapPanelSection("registry-coverage", PATH + "/panel?org={code}", 10, Coverage.READER_ROLES);
		}

		@Bean
		org.gongzhi.shared.web.NavItem registryCoverageNavItem() {
			return new org.gongzhi.shared.web.NavItem("nav.registry.coverage", PATH, 31, Coverage.READER_ROLES);
		}

	}

}
