package org.classlytics.roster;

import org.springframework.data.repository.ListCrudRepository;

interface EnrollmentRepository extends ListCrudRepository<EnrollmentEntity, Long> {

}
