package org.classlytics.payments;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface PaymentRepository extends ListCrudRepository<PaymentEntity, Long> {

	List<PaymentEntity> findBySchoolIdOrderById(long schoolId);

}
