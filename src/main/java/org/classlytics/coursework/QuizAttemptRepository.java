package org.classlytics.coursework;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface QuizAttemptRepository extends ListCrudRepository<QuizAttemptEntity, Long> {

	/**
	 * The row, locked until the transaction ends, for a write that reads it first: a
	 * concurrent delete either waits for the write or makes this empty, so a write never
	 * updates a row that is gone and reports it as changed.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<QuizAttemptEntity> findForUpdateById(long id);

}
