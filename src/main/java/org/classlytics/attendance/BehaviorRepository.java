package org.classlytics.attendance;

import org.springframework.data.repository.ListCrudRepository;

interface BehaviorRepository extends ListCrudRepository<BehaviorEntity, Long> {

}
