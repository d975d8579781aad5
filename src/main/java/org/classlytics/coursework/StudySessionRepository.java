package org.classlytics.coursework;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface StudySessionRepository extends ListCrudRepository<StudySessionEntity, Long> {

	/**
	 * The row, locked until the transaction ends, so that of two concurrent deletes only
	 * one finds it and announces the deletion.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<StudySessionEntity> findForUpdateById(long id);

}
