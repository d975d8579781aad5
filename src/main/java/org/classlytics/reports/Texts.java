package org.classlytics.reports;

/**
 * Report texts in one language, looked up by message code in {@code i18n/reports}.
 */
@FunctionalInterface
interface Texts {

	String get(String code, Object... args);

}
