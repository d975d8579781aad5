package org.classlytics.platform.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;

/**
 * Tomcat's error page for {@code /api} requests it refuses itself, before any filter runs
 * (a NUL or an encoded slash in the path): an RFC 9457 problem like every other API
 * error, instead of Tomcat's HTML. Everything else keeps Tomcat's report.
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		String uri = request.getRequestURI();
		if (status < 400 || response.getContentWritten() > 0 || uri == null || !uri.startsWith("/api/")) {
			super.report(request, response, throwable);
			return;
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				HttpStatus known = HttpStatus.resolve(status);
				String title = (known != null) ? known.getReasonPhrase() : "Error";
				writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
						+ ",\"detail\":\"The server refused the request before reading it\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client went away or the response cannot take a body: nothing to report
			// to.
		}
	}

}
