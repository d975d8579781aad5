package org.classlytics.messaging;

import org.springframework.data.repository.ListCrudRepository;

interface ChatMessageRepository extends ListCrudRepository<ChatMessageEntity, Long> {

}
