package org.classlytics.messaging;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A teacher's communication with a guardian about a student. The teacher and the student
 * are fixed once recorded; the guardian, the instant, the channel and the summary may be
 * corrected.
 */
@Table("parent_communications")
class ParentCommunicationEntity {

	@Id
	private Long id;

	private final long schoolId;

	private final long teacherId;

	private long parentId;

	private final long studentId;

	private Instant sentAt;

	private CommunicationChannel channel;

	private String summary;

	@PersistenceCreator
	ParentCommunicationEntity(Long id, long schoolId, long teacherId, long parentId, long studentId, Instant sentAt,
			CommunicationChannel channel, String summary) {
		this.id = id;
		this.schoolId = schoolId;
		this.teacherId = teacherId;
		this.parentId = parentId;
		this.studentId = studentId;
		this.sentAt = sentAt;
		this.channel = channel;
		this.summary = summary;
	}

	static ParentCommunicationEntity record(long schoolId, long teacherId, long parentId, long studentId,
			Instant sentAt, CommunicationChannel channel, String summary) {
		return new ParentCommunicationEntity(null, schoolId, teacherId, parentId, studentId, sentAt, channel, summary);
	}

	void readdress(long parentId) {
		this.parentId = parentId;
	}

	void redate(Instant sentAt) {
		this.sentAt = sentAt;
	}

	void switchChannel(CommunicationChannel channel) {
		this.channel = channel;
	}

	void summarize(String summary) {
		this.summary = summary;
	}

	long schoolId() {
		return this.schoolId;
	}

	long teacherId() {
		return this.teacherId;
	}

	long parentId() {
		return this.parentId;
	}

	long studentId() {
		return this.studentId;
	}

	ParentCommunication toCommunication() {
		return new ParentCommunication(this.id, this.schoolId, this.teacherId, this.parentId, this.studentId,
				this.sentAt, this.channel, this.summary);
	}

}
