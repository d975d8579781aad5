/**
 * Outgoing email: composes localized messages from templates and sends them over SMTP, or
 * keeps them in a local outbox that admins can read when no SMTP server is set.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.classlytics.mail;
