package org.classlytics.coursework;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface SubmissionRepository extends ListCrudRepository<SubmissionEntity, Long> {

	Optional<SubmissionEntity> findByAssignmentIdAndStudentId(long assignmentId, long studentId);

}
