package org.classlytics.attendance;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AttendanceRepository extends ListCrudRepository<AttendanceEntity, Long> {

	List<AttendanceEntity> findBySchoolIdOrderById(long schoolId);

}
