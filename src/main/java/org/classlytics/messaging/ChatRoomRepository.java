package org.classlytics.messaging;

import org.springframework.data.repository.ListCrudRepository;

interface ChatRoomRepository extends ListCrudRepository<ChatRoomEntity, Long> {

}
