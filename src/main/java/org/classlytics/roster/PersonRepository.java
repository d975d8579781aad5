package org.classlytics.roster;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<PersonEntity, Long> {

	Optional<PersonEntity> findByEmail(String email);

	boolean existsByEmail(String email);

}
