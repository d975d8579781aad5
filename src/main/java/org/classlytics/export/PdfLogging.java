package org.classlytics.export;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Sends openhtmltopdf's messages to the application's logging. Left alone, it prints to
 * the console itself and reports every render (fonts loaded, stylesheets parsed) at INFO;
 * here those are DEBUG, and warnings and errors stay what they are.
 */
final class PdfLogging implements XRLogger {

	private static final Log logger = LogFactory.getLog("com.openhtmltopdf");

	static synchronized void install() {
		if (!(XRLog.getLoggerImpl() instanceof PdfLogging)) {
			XRLog.setLoggerImpl(new PdfLogging());
		}
	}

	@Override
	public void log(String where, Level level, String msg) {
		log(where, level, msg, null);
	}

	@Override
	public void log(String where, Level level, String msg, Throwable th) {
		int severity = level.intValue();
		if (severity >= Level.SEVERE.intValue()) {
			logger.error(msg, th);
		}
		else if (severity >= Level.WARNING.intValue()) {
			logger.warn(msg, th);
		}
		else if (severity >= Level.INFO.intValue()) {
			logger.debug(msg, th);
		}
		else {
			logger.trace(msg, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// Levels are the logging system's business.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		int severity = diagnostic.getLevel().intValue();
		if (severity >= Level.SEVERE.intValue()) {
			return logger.isErrorEnabled();
		}
		if (severity >= Level.WARNING.intValue()) {
			return logger.isWarnEnabled();
		}
		return (severity >= Level.INFO.intValue()) ? logger.isDebugEnabled() : logger.isTraceEnabled();
	}

}
