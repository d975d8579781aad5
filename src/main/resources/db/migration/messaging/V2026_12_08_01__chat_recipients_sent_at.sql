-- A report counts the messages a group of people received in a period. Joined to the
-- period's messages, that read every message the school exchanged in the period (a hash
-- of the week's messages for a class of 30). Each recipient row now carries its
-- message's instant, indexed with the recipient, so the count reads only the group's
-- own rows of the period. A message's instant never changes after it is sent.
ALTER TABLE chat_message_recipients ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
UPDATE chat_message_recipients
SET sent_at = (SELECT m.sent_at FROM chat_messages m WHERE m.id = chat_message_recipients.message_id);
ALTER TABLE chat_message_recipients ALTER COLUMN sent_at SET NOT NULL;
CREATE INDEX chat_message_recipients_received ON chat_message_recipients (recipient_id, sent_at);
-- Only that join used the index on the messages' instants.
DROP INDEX chat_messages_sent;
