package org.classlytics.roster;

import java.time.LocalDate;

import org.classlytics.platform.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

@Table("academic_terms")
class TermEntity {

	@Id
	private Long id;

	private final long schoolId;

	private String name;

	private LocalDate startDate;

	private LocalDate endDate;

	private String externalId;

	@PersistenceCreator
	TermEntity(Long id, long schoolId, String name, LocalDate startDate, LocalDate endDate, String externalId) {
		this.id = id;
		this.schoolId = schoolId;
		this.name = name;
		this.startDate = startDate;
		this.endDate = endDate;
		this.externalId = externalId;
	}

	static TermEntity create(long schoolId, String name, LocalDate startDate, LocalDate endDate) {
		requireOrdered(startDate, endDate);
		return new TermEntity(null, schoolId, name, startDate, endDate, null);
	}

	void rename(String name) {
		this.name = name;
	}

	void reschedule(LocalDate startDate, LocalDate endDate) {
		requireOrdered(startDate, endDate);
		this.startDate = startDate;
		this.endDate = endDate;
	}

	private static void requireOrdered(LocalDate startDate, LocalDate endDate) {
		if (endDate.isBefore(startDate)) {
			throw InvalidInputException.field("end_date", "must be on or after start_date");
		}
	}

	boolean overlaps(LocalDate start, LocalDate end) {
		return !this.startDate.isAfter(end) && !this.endDate.isBefore(start);
	}

	Long id() {
		return this.id;
	}

	long schoolId() {
		return this.schoolId;
	}

	LocalDate startDate() {
		return this.startDate;
	}

	LocalDate endDate() {
		return this.endDate;
	}

	Term toTerm() {
		return new Term(this.id, this.schoolId, this.name, this.startDate, this.endDate);
	}

}
