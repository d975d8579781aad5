/**
 * The web UI shell: sign-in, the role home page and the server-rendered dashboards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web UI")
package org.classlytics.web;
