package org.classlytics.identity;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AccessTokenRepository extends ListCrudRepository<AccessToken, Long> {

	Optional<AccessToken> findByTokenHash(String tokenHash);

}
