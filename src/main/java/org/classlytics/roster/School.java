package org.classlytics.roster;

import java.time.ZoneId;
import java.util.Locale;

/**
 * A school: its calendar zone decides every local day and week, its locale the default
 * language of reports and mail.
 */
public record School(long id, String name, ZoneId timeZone, Locale locale) {

}
