-- A class report counts the messages its students received in a week: their recipient rows
-- joined to the week's messages. Without an index on sent_at PostgreSQL scanned every
-- message of the school to find the week's; with it, it reads the week's range.
CREATE INDEX chat_messages_sent ON chat_messages (sent_at);
