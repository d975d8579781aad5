package org.classlytics.coursework;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MaterialProgressRepository extends ListCrudRepository<MaterialProgressEntity, Long> {

	Optional<MaterialProgressEntity> findByMaterialIdAndStudentId(long materialId, long studentId);

}
