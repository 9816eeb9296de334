package casedesk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library's stack traces (PDFBox on a damaged file) go to the log file only; CaseDesk's own errors reach the terminal too. */
class LoggingTest {

    @TempDir
    Path dir;

    @Test
    void pdfboxsSevereLinesGoToTheFileNotTheTerminal() throws Exception {
        PrintStream terminal = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Logging.configure(dir);
            Logger.getLogger("org.apache.pdfbox.cos.COSObject").log(Level.SEVERE, "Can't dereference COSObject{5 0 R}",
                    new java.io.IOException("Expected string 'true'"));
            Logger.getLogger("casedesk.desk.DeskWindow").severe("the desk could not save a setting");
            for (Handler handler : Logger.getLogger("").getHandlers()) {
                handler.flush();
            }
        } finally {
            System.setErr(terminal);
            LogManager.getLogManager().readConfiguration();
        }
        String shown = captured.toString(StandardCharsets.UTF_8);
        assertFalse(shown.contains("COSObject") || shown.contains("Expected string"), "not on the terminal: " + shown);
        assertTrue(shown.contains("the desk could not save a setting"), shown);
        String file = Files.readString(dir.resolve("logs").resolve("casedesk-0.log"));
        assertTrue(file.contains("Can't dereference COSObject") && file.contains("Expected string 'true'"), file);
    }
}
