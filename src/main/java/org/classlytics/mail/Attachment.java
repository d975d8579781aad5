package org.classlytics.mail;

import java.util.Arrays;

/**
 * A file attached to an outgoing message. The content array is owned by the attachment:
 * callers hand it over and must not change it afterwards.
 *
 * @param filename the name the recipient sees, without a path
 * @param contentType a MIME type such as {@code application/pdf}
 * @param content the bytes of the file
 */
public record Attachment(String filename, String contentType, byte[] content) {

	public Attachment {
		MailRules.requireHeaderText("filename", filename, 255);
		if (filename.contains("/") || filename.contains("\\")) {
			throw new IllegalArgumentException("An attachment's filename must not contain a path: " + filename);
		}
		MailRules.requireHeaderText("contentType", contentType, 255);
		if (content == null) {
			throw new IllegalArgumentException("An attachment needs content");
		}
	}

	public int size() {
		return this.content.length;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Attachment that && this.filename.equals(that.filename)
				&& this.contentType.equals(that.contentType) && Arrays.equals(this.content, that.content);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * this.filename.hashCode() + this.contentType.hashCode()) + Arrays.hashCode(this.content);
	}

	@Override
	public String toString() {
		return "Attachment[" + this.filename + ", " + this.contentType + ", " + size() + " bytes]";
	}

}
