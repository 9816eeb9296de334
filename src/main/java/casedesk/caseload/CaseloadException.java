package casedesk.caseload;

import java.nio.file.Path;

/**
 * A caseload operation that could not be done, with a message fit to show the user as it is. Nothing
 * was changed when one of these is thrown: every write runs in one transaction.
 */
public class CaseloadException extends RuntimeException {

    public CaseloadException(String message) {
        super(message);
    }

    public CaseloadException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The file was written by a newer CaseDesk; it was left as it was. */
    public static final class NewerVersion extends CaseloadException {
        private final Path file;
        private final int fileFormat;
        private final int supportedFormat;

        public NewerVersion(Path file, int fileFormat, int supportedFormat) {
            super(("%s was written by a newer CaseDesk (caseload format %d; this CaseDesk reads formats up to %d). "
                    + "Open it with that newer CaseDesk; the file was not changed.")
                    .formatted(file, fileFormat, supportedFormat));
            this.file = file;
            this.fileFormat = fileFormat;
            this.supportedFormat = supportedFormat;
        }

        public Path file() {
            return file;
        }

        public int fileFormat() {
            return fileFormat;
        }

        public int supportedFormat() {
            return supportedFormat;
        }
    }

    /** The file is not a CaseDesk caseload (another SQLite database, or not a database at all). */
    public static final class NotACaseload extends CaseloadException {
        private final Path file;

        public NotACaseload(Path file, String what) {
            super(file + " is not a CaseDesk caseload (" + what + ").");
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    /** The same bytes are already a document of this case. */
    public static final class DuplicateDocument extends CaseloadException {
        private final String existingFileName;

        public DuplicateDocument(String message, String existingFileName) {
            super(message);
            this.existingFileName = existingFileName;
        }

        public String existingFileName() {
            return existingFileName;
        }
    }

    /** No case (or user, or document) with that key. */
    public static final class NotFound extends CaseloadException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** A record with that key exists already. */
    public static final class AlreadyExists extends CaseloadException {
        public AlreadyExists(String message) {
            super(message);
        }
    }

    /** A change the caseload does not allow, such as editing a decided case. */
    public static final class Refused extends CaseloadException {
        public Refused(String message) {
            super(message);
        }
    }

    /**
     * A change refused because the caseload is open read-only: its audit trail failed
     * verification, or this workstation does not hold the key that signs it.
     */
    public static final class ReadOnly extends CaseloadException {
        private final boolean tampered;

        public ReadOnly(String message, boolean tampered) {
            super(message);
            this.tampered = tampered;
        }

        /** Whether the caseload is read-only because its audit trail failed verification. */
        public boolean tampered() {
            return tampered;
        }
    }

    /** The file is damaged: SQLite found pages or indexes it cannot read. */
    public static final class Damaged extends CaseloadException {
        public Damaged(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A change could not be written: the disk is full, the file or folder is read-only, or it is locked. */
    public static final class Unwritable extends CaseloadException {
        public Unwritable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Sealed data was asked for while the caseload is locked: nobody signed in, so its data key is
     * not in memory. Reading names, dates and statuses needs no key; anything sealed does.
     */
    public static final class Locked extends CaseloadException {
        public Locked(String message) {
            super(message);
        }
    }

    /** A sealed value did not open: it was changed in the file, or moved to another row. */
    public static final class Unreadable extends CaseloadException {
        public Unreadable(String message) {
            super(message);
        }
    }
}
