package org.classlytics.attendance;

import org.springframework.data.repository.ListCrudRepository;

interface LessonRepository extends ListCrudRepository<LessonEntity, Long> {

}
