package org.classlytics.attendance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface AttendanceRepository extends ListCrudRepository<AttendanceEntity, Long> {

	List<AttendanceEntity> findBySchoolIdOrderById(long schoolId);

	/**
	 * The row, locked until the transaction ends, for a write that reads it first: a
	 * concurrent delete either waits for the write or makes this empty, so a write never
	 * updates a row that is gone and reports it as changed.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<AttendanceEntity> findForUpdateById(long id);

}
