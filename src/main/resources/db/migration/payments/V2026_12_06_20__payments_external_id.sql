-- Payments loaded from another system carry its id, unique per school: imports upsert on it.
ALTER TABLE payments ADD COLUMN external_id VARCHAR(255);
ALTER TABLE payments ADD CONSTRAINT payments_external UNIQUE (school_id, external_id);
