package org.classlytics.roster;

import org.springframework.data.repository.ListCrudRepository;

interface SchoolRepository extends ListCrudRepository<SchoolEntity, Long> {

}
