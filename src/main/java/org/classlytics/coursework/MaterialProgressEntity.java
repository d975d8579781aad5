package org.classlytics.coursework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.classlytics.platform.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How far a student got through a material: one row per (material, student), replaced on
 * every update.
 */
@Table("material_progress")
class MaterialProgressEntity {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Id
	private Long id;

	private final long schoolId;

	private final long materialId;

	private final long studentId;

	private BigDecimal progressPercent;

	private Instant completedAt;

	private Instant recordedAt;

	@PersistenceCreator
	MaterialProgressEntity(Long id, long schoolId, long materialId, long studentId, BigDecimal progressPercent,
			Instant completedAt, Instant recordedAt) {
		this.id = id;
		this.schoolId = schoolId;
		this.materialId = materialId;
		this.studentId = studentId;
		this.progressPercent = progressPercent;
		this.completedAt = completedAt;
		this.recordedAt = recordedAt;
	}

	static MaterialProgressEntity begin(MaterialEntity material, long studentId) {
		return new MaterialProgressEntity(null, material.schoolId(), material.id(), studentId, BigDecimal.ZERO, null,
				null);
	}

	/**
	 * Replaces the progress. A material finished without a completion instant is
	 * completed now, or keeps the instant it was first completed at.
	 */
	void record(BigDecimal progressPercent, Instant completedAt, Instant now) {
		if (progressPercent.stripTrailingZeros().scale() > 2 || progressPercent.signum() < 0
				|| progressPercent.compareTo(HUNDRED) > 0) {
			throw InvalidInputException.field("progress_percent", "must be between 0 and 100 with at most 2 decimals");
		}
		boolean finished = progressPercent.compareTo(HUNDRED) == 0;
		Instant previousCompletion = this.completedAt;
		this.progressPercent = progressPercent.setScale(2, RoundingMode.UNNECESSARY);
		if (completedAt != null) {
			this.completedAt = Scores.truncate(completedAt);
		}
		else if (finished) {
			this.completedAt = (previousCompletion != null) ? previousCompletion : now;
		}
		else {
			this.completedAt = null;
		}
		this.recordedAt = now;
	}

	Long id() {
		return this.id;
	}

	Instant completedAt() {
		return this.completedAt;
	}

}
