package casedesk.app;

import casedesk.cli.Cli;
import casedesk.desk.CaseDeskApp;

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
            CaseDeskApp.launchDesk(DataFolder.defaultCaseload());
        } else {
            System.exit(Cli.run(args));
        }
    }
}
