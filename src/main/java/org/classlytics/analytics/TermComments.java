package org.classlytics.analytics;

import org.classlytics.roster.Actor;

import org.springframework.stereotype.Service;

/**
 * The teacher's comment on a term performance row, for other modules (the web UI): the
 * same rules as the API's PUT (the subject's teacher or an admin; a blank comment clears
 * it).
 */
@Service
public class TermComments {

	private final AnalyticsService analytics;

	TermComments(AnalyticsService analytics) {
		this.analytics = analytics;
	}

	public TermPerformance comment(Actor actor, long studentId, long termId, long subjectId, String comment) {
		return this.analytics.comment(actor, studentId, termId, subjectId, comment);
	}

}
