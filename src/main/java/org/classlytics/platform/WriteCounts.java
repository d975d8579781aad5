package org.classlytics.platform;

/**
 * How many rows a batch write (an import chunk) created and how many it updated.
 */
public record WriteCounts(int created, int updated) {

	public static final WriteCounts NONE = new WriteCounts(0, 0);

	public WriteCounts plus(WriteCounts other) {
		return new WriteCounts(this.created + other.created, this.updated + other.updated);
	}

}
