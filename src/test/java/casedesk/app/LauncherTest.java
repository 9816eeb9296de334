package casedesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the desk's window cannot open, the message says why in words that say what to do. */
class LauncherTest {

    @Test
    void missingGtkIsNamedWithWhatToInstall() {
        String said = Launcher.whyNoWindow("Unable to load glass GTK library.", ":0", null, "Linux");
        assertTrue(said.contains("needs GTK 3") && said.contains("libgtk-3-0"), said);
    }

    @Test
    void noDisplayIsSaidSo() {
        String said = Launcher.whyNoWindow("Unable to open DISPLAY", null, null, "Linux");
        assertTrue(said.contains("there is no display here"), said);
        assertTrue(Launcher.whyNoWindow("Unable to load glass GTK library.", "", "", "Linux")
                .contains("no display"), "without a display, GTK is not what is missing first");
    }

    @Test
    void anythingElseIsPassedOn() {
        String said = Launcher.whyNoWindow("Prism failed", ":0", null, "Windows 11");
        assertTrue(said.contains("Prism failed"), said);
    }
}
