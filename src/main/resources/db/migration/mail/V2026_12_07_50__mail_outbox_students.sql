-- The students whose data a kept message carries, so that an admin reading the message
-- or its attachment from the outbox is audited like the sending was.
CREATE TABLE mail_outbox_students (
    outbox_id  BIGINT NOT NULL REFERENCES mail_outbox (id),
    student_id BIGINT NOT NULL,
    PRIMARY KEY (outbox_id, student_id)
);
