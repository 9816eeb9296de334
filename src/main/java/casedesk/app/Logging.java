package casedesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where CaseDesk's log goes: a rotating file in the data folder ({@code logs/casedesk-0.log}, the
 * one IT staff are asked for), and only real errors on the terminal. PDFBox comments on every odd
 * font or stream it meets; those notes belong in the file, not in an officer's or a script's face.
 */
final class Logging {

    /** Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");
    private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");

    private static final int FILE_BYTES = 2_000_000;
    private static final int FILES = 5;

    private Logging() {
    }

    /**
     * The rotating log file, opened when the first record arrives: most commands log nothing, and
     * opening the file and its lock costs a noticeable part of a command's start.
     */
    /**
     * The logs name cases and files: their folder is its owner's only (0700), whatever mode the
     * files rotated into it get.
     */
    private static void ownerOnlyFolder(Path folder) throws IOException {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            Files.createDirectories(folder);
            return;
        }
        var ownerOnly = java.nio.file.attribute.PosixFilePermissions.fromString("rwx------");
        if (!Files.exists(folder)) {
            Files.createDirectories(folder, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(ownerOnly));
        }
        try {
            Files.setPosixFilePermissions(folder, ownerOnly);
        } catch (IOException | UnsupportedOperationException e) {
            // a folder someone else keeps (IT's shared logs) keeps its mode
        }
    }

    private static void ownerOnlyFiles(Path folder) {
        if (!java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path log : (Iterable<Path>) files::iterator) {
                try {
                    Files.setPosixFilePermissions(log, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (IOException | UnsupportedOperationException e) {
                    // not ours to change
                }
            }
        } catch (IOException e) {
            // the folder's mode is what protects them
        }
    }

    private static final class LazyFileHandler extends Handler {
        private final Path folder;
        private final ConsoleHandler fallback;
        private Handler file;
        private boolean failed;

        LazyFileHandler(Path folder, ConsoleHandler fallback) {
            this.folder = folder;
            this.fallback = fallback;
            setLevel(Level.INFO);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            if (file == null && !failed) {
                try {
                    ownerOnlyFolder(folder);
                    file = new FileHandler(folder.resolve("casedesk-%g.log").toString(), FILE_BYTES, FILES, true);
                    ownerOnlyFiles(folder);
                    file.setFormatter(new SimpleFormatter());
                    file.setLevel(Level.INFO);
                } catch (IOException | SecurityException e) {
                    // Without a writable data folder the log goes to the terminal; CaseDesk itself goes on.
                    failed = true;
                    fallback.setLevel(Level.WARNING);
                }
            }
            if (file != null) {
                file.publish(record);
            } else if (record.getLevel().intValue() < Level.SEVERE.intValue()) {
                fallback.publish(record);
            }
        }

        @Override
        public synchronized void flush() {
            if (file != null) {
                file.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (file != null) {
                file.close();
            }
        }
    }

    static void configure(Path dataFolder) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);

        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.SEVERE);
        // A library's lines (PDFBox's stack trace on a damaged file) go to the file only: what went wrong
        // with a document is said in CaseDesk's own words, once.
        console.setFilter(record -> record.getLoggerName() == null || !record.getLoggerName().startsWith("org.apache."));
        root.addHandler(console);

        root.addHandler(new LazyFileHandler(dataFolder.resolve("logs"), console));
        PDFBOX.setLevel(Level.WARNING);
        FONTBOX.setLevel(Level.SEVERE);
    }
}
