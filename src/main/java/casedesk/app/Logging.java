package casedesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
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

    static void configure(Path dataFolder) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);

        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.SEVERE);
        root.addHandler(console);

        try {
            Path logs = dataFolder.resolve("logs");
            Files.createDirectories(logs);
            Handler file = new FileHandler(logs.resolve("casedesk-%g.log").toString(), FILE_BYTES, FILES, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            // Without a writable data folder the log stays on the terminal; CaseDesk itself goes on.
            console.setLevel(Level.WARNING);
        }
        PDFBOX.setLevel(Level.WARNING);
        FONTBOX.setLevel(Level.SEVERE);
    }
}
