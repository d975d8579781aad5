package org.classlytics.coursework;

import org.springframework.data.repository.ListCrudRepository;

interface QuizAttemptRepository extends ListCrudRepository<QuizAttemptEntity, Long> {

}
