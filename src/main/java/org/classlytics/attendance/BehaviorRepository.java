package org.classlytics.attendance;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface BehaviorRepository extends ListCrudRepository<BehaviorEntity, Long> {

	List<BehaviorEntity> findBySchoolIdOrderById(long schoolId);

}
