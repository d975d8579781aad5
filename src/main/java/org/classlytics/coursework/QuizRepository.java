package org.classlytics.coursework;

import org.springframework.data.repository.ListCrudRepository;

interface QuizRepository extends ListCrudRepository<QuizEntity, Long> {

}
