package org.classlytics.roster;

import org.springframework.data.repository.ListCrudRepository;

interface SubjectRepository extends ListCrudRepository<SubjectEntity, Long> {

	boolean existsBySchoolIdAndCode(long schoolId, String code);

}
