package org.classlytics.bench;

import java.io.IOException;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Keeps the test tree out of the benchmarked application's component scan: it runs with
 * the main code's beans only, as in production.
 */
final class TestClassesExcludeFilter extends TypeExcludeFilter {

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
		return reader.getResource().getURL().toString().contains("/test-classes/");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TestClassesExcludeFilter;
	}

	@Override
	public int hashCode() {
		return TestClassesExcludeFilter.class.hashCode();
	}

}
