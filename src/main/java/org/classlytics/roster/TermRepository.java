package org.classlytics.roster;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface TermRepository extends ListCrudRepository<TermEntity, Long> {

	List<TermEntity> findBySchoolIdOrderByStartDate(long schoolId);

}
