package org.classlytics.coursework;

import java.util.List;

/**
 * A material was deleted together with the progress recorded on it, listed here.
 */
public record MaterialDeleted(MaterialFacts material, List<MaterialProgressFacts> progress) {

	public MaterialDeleted {
		progress = List.copyOf(progress);
	}

}
