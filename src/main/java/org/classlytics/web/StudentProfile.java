package org.classlytics.web;

import java.util.List;

/**
 * A student's own page: their card and their guardians.
 */
record StudentProfile(StudentCard card, List<String> guardians) {

}
