/**
 * The demo school: a realistic, deterministic school with a term of activity, made on
 * start and by the {@code demo} command.
 */
package org.classlytics.demo;
