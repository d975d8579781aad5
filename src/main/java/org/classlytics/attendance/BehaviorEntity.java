package org.classlytics.attendance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.classlytics.platform.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A teacher's note of a student's behaviour on a day, scored 1 to 5.
 */
@Table("behavior_entries")
class BehaviorEntity {

	static final int MIN_SCORE = 1;

	static final int MAX_SCORE = 5;

	@Id
	private Long id;

	private final long schoolId;

	private final long studentId;

	private LocalDate onDate;

	private int score;

	private String note;

	private final long recordedBy;

	private final Instant recordedAt;

	@PersistenceCreator
	BehaviorEntity(Long id, long schoolId, long studentId, LocalDate onDate, int score, String note, long recordedBy,
			Instant recordedAt) {
		this.id = id;
		this.schoolId = schoolId;
		this.studentId = studentId;
		this.onDate = onDate;
		this.score = score;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	static BehaviorEntity record(long schoolId, long studentId, LocalDate date, BigDecimal score, String note,
			long recordedBy, Instant recordedAt) {
		return new BehaviorEntity(null, schoolId, studentId, date, wholeScore(score), note, recordedBy, recordedAt);
	}

	/**
	 * Corrects the entry. It keeps its recorded_at, so a correction does not make an
	 * earlier entry the day's latest.
	 * @param note null keeps the note, empty clears it
	 */
	void correct(LocalDate date, BigDecimal score, Optional<String> note) {
		if (date != null) {
			this.onDate = date;
		}
		if (score != null) {
			this.score = wholeScore(score);
		}
		if (note != null) {
			this.note = note.orElse(null);
		}
	}

	/**
	 * Scores arrive as JSON numbers; Jackson would silently truncate 3.5 to an int.
	 */
	private static int wholeScore(BigDecimal score) {
		boolean whole = score.stripTrailingZeros().scale() <= 0;
		if (!whole || score.compareTo(BigDecimal.valueOf(MIN_SCORE)) < 0
				|| score.compareTo(BigDecimal.valueOf(MAX_SCORE)) > 0) {
			throw InvalidInputException.field("score", "must be a whole number from " + MIN_SCORE + " to " + MAX_SCORE);
		}
		return score.intValueExact();
	}

	long schoolId() {
		return this.schoolId;
	}

	long studentId() {
		return this.studentId;
	}

	long recordedBy() {
		return this.recordedBy;
	}

	BehaviorFacts toFacts() {
		return new BehaviorFacts(this.id, this.schoolId, this.studentId, this.onDate, this.score, this.note,
				this.recordedBy, this.recordedAt);
	}

}
