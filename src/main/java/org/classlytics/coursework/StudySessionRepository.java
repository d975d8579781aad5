package org.classlytics.coursework;

import org.springframework.data.repository.ListCrudRepository;

interface StudySessionRepository extends ListCrudRepository<StudySessionEntity, Long> {

}
