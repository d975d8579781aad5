package org.classlytics.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Import settings.
 *
 * @param maxFileSize uploads above it are refused with 413 (CSV files and zips alike)
 * @param chunkSize rows checked and written together: references are loaded with one
 * query per chunk and the owning modules write a chunk in batches
 */
@Validated
@ConfigurationProperties("classlytics.intake")
record IntakeSettings(@DefaultValue("200MB") DataSize maxFileSize,
		@DefaultValue("2000") @Min(1) @Max(10000) int chunkSize) {

}
