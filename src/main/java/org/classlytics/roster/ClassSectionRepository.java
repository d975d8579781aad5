package org.classlytics.roster;

import org.springframework.data.repository.ListCrudRepository;

interface ClassSectionRepository extends ListCrudRepository<ClassSectionEntity, Long> {

}
