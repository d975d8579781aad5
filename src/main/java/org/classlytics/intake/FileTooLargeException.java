package org.classlytics.intake;

/**
 * An upload went past {@code classlytics.intake.max-file-size}: answered with 413, and
 * the transaction that read it is rolled back.
 */
class FileTooLargeException extends RuntimeException {

	FileTooLargeException(long limit) {
		super("The file is larger than " + limit + " bytes");
	}

}
