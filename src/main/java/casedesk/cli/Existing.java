package casedesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on files named on the command line, so that a typo does not create an empty caseload. */
final class Existing {

    private Existing() {
    }

    static void requireFile(Path file) {
        if (!Files.exists(file)) {
            throw new BadInput("There is no caseload " + file + " (no such file).");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInput(file + " is not a file.");
        }
    }

    /** A new file's folder must exist: a typo in a path does not create folders. */
    static void requireFolderFor(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInput("There is no folder " + folder + " for " + file.getFileName() + ".");
        }
    }
}
