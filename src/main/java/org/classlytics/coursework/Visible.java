package org.classlytics.coursework;

/**
 * An item together with the reach of the caller who asked for it, so that its JSON lists
 * only the students that caller may see.
 */
record Visible<T>(T item, Reach reach) {

}
