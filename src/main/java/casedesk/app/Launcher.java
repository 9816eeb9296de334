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

    /**
     * Why the desk's window did not open, in words that say what to do: GTK missing (JavaFX's window
     * on Linux needs GTK 3), or no display to open it on.
     */
    static String whyNoWindow(String problem, String display, String wayland, String os) {
        String said = problem == null ? "" : problem;
        boolean linux = os != null && os.toLowerCase(java.util.Locale.ROOT).contains("linux");
        boolean noDisplay = (display == null || display.isBlank()) && (wayland == null || wayland.isBlank());
        if (linux && said.contains("GTK") && !noDisplay) {
            return "The desk's window needs GTK 3, which this machine lacks: install it (on Debian or Ubuntu, "
                    + "sudo apt install libgtk-3-0 libgl1), then start CaseDesk again.";
        }
        if (linux && noDisplay || said.contains("DISPLAY")) {
            return "The desk could not open its window: there is no display here (no $DISPLAY; an SSH session "
                    + "or a server). Start it in a desktop session.";
        }
        return "The desk could not open its window (" + said + ").";
    }

    public static void main(String[] args) {
        Logging.configure(DataFolder.defaultFolder());
        if (args.length == 0) {
            try {
                CaseDeskApp.launchDesk(DataFolder.defaultCaseload());
            } catch (UnsupportedOperationException | IllegalStateException e) {
                // JavaFX says so when there is no display to open a window on (a server, an SSH session).
                Logger.getLogger(Launcher.class.getName()).log(Level.WARNING, "the desk could not start", e);
                System.err.println("casedesk: " + whyNoWindow(e.getMessage(), System.getenv("DISPLAY"),
                        System.getenv("WAYLAND_DISPLAY"), System.getProperty("os.name")));
                System.err.println("The commands work without a window: casedesk --help");
                System.exit(1);
            }
        } else {
            System.exit(Cli.run(args));
        }
    }
}
