package org.classlytics.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageQueryTests {

	@Test
	void turnsPagesIntoOffsets() {
		assertThat(new PageQuery(3, 20).offset()).isEqualTo(40);
		assertThat(PageQuery.first().limit()).isEqualTo(50);
	}

	@Test
	void refusesPagesBeyondTheLimits() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new PageQuery(1, 201))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldProblem::field).containsExactly("page_size"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new PageQuery(0, 10))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldProblem::field).containsExactly("page"));
	}

}
