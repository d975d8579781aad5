package org.classlytics.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferencesTests {

	@Test
	void splitsAListOfReferencesOnSemicolonsAndWhiteSpace() {
		assertThat(References.split("s-1")).containsExactly("s-1");
		assertThat(References.split("s-1;s-2  s-3\ts-4;")).containsExactly("s-1", "s-2", "s-3", "s-4");
		assertThat(References.split(";s-1")).containsExactly("s-1");
		assertThat(References.split(null)).isEmpty();
		assertThat(References.split("")).isEmpty();
	}

}
