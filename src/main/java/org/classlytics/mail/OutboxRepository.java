package org.classlytics.mail;

import org.springframework.data.repository.ListCrudRepository;

interface OutboxRepository extends ListCrudRepository<OutboxEntry, Long> {

}
