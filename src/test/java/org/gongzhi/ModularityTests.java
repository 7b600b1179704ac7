package org.gongzhi;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GongzhiApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		this.modules.verify();
	}

	@Test
	void theModulesOfTheArchitectureExist() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("shared", "org",
				"identity", "dashboard", "demo", "evaluation");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
