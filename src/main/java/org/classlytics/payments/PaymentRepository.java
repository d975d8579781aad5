package org.classlytics.payments;

import org.springframework.data.repository.ListCrudRepository;

interface PaymentRepository extends ListCrudRepository<PaymentEntity, Long> {

}
