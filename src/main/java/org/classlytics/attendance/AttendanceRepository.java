package org.classlytics.attendance;

import org.springframework.data.repository.ListCrudRepository;

interface AttendanceRepository extends ListCrudRepository<AttendanceEntity, Long> {

}
