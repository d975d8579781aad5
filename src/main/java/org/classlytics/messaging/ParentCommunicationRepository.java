package org.classlytics.messaging;

import org.springframework.data.repository.ListCrudRepository;

interface ParentCommunicationRepository extends ListCrudRepository<ParentCommunicationEntity, Long> {

}
