package casedesk.app;

import casedesk.cli.Cli;
import casedesk.desk.CaseDeskApp;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The jar's entry point: the desk with no arguments, the command line otherwise. It does not
 * extend {@code Application}, so that JavaFX starts from a plain classpath jar.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Logging.configure(DataFolder.defaultFolder());
        if (args.length == 0) {
            try {
                CaseDeskApp.launchDesk(DataFolder.defaultCaseload());
            } catch (UnsupportedOperationException | IllegalStateException e) {
                // JavaFX says so when there is no display to open a window on (a server, an SSH session).
                Logger.getLogger(Launcher.class.getName()).log(Level.WARNING, "the desk could not start", e);
                System.err.println("casedesk: The desk could not open its window (" + e.getMessage() + ").");
                System.err.println("It needs a graphical session; the commands work without one: "
                        + "java -jar casedesk.jar --help");
                System.exit(1);
            }
        } else {
            System.exit(Cli.run(args));
        }
    }
}
