/**
 * Chat rooms and their messages, and the record of teachers' communications with parents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
package org.classlytics.messaging;
