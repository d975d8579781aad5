package org.classlytics.coursework;

import org.springframework.data.repository.ListCrudRepository;

interface MaterialRepository extends ListCrudRepository<MaterialEntity, Long> {

}
