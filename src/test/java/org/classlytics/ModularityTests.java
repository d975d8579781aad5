package org.classlytics;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module layout holds: no cycles, and no module reaches into another's internals.
 * Also writes the module documentation (PlantUML and canvases) under target/.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ClasslyticsApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
