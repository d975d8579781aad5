/**
 * Who is calling: passwords, access tokens, the web session and the first-start admin.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.classlytics.identity;
