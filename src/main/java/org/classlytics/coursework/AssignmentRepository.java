package org.classlytics.coursework;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface AssignmentRepository extends ListCrudRepository<AssignmentEntity, Long> {

	/**
	 * The row, locked until the transaction ends, for a change that reports what it
	 * replaced: of two concurrent changes the second reads the first's result, so the
	 * previous due date it announces is the one analytics holds (a stale one left a day
	 * row behind).
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<AssignmentEntity> findForUpdateById(long id);

}
