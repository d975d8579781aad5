package org.classlytics.coursework;

import org.springframework.data.repository.ListCrudRepository;

interface AssignmentRepository extends ListCrudRepository<AssignmentEntity, Long> {

}
