package org.classlytics.attendance;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface LessonRepository extends ListCrudRepository<LessonEntity, Long> {

	List<LessonEntity> findBySchoolIdOrderById(long schoolId);

}
