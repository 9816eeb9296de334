package casedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void linuxUsesTheXdgDataHome() {
        assertEquals(Path.of("/data/me/casedesk"),
                DataFolder.folderFor("Linux", "/home/me", Map.of("XDG_DATA_HOME", "/data/me")));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
        assertEquals(Path.of("/home/me/.local/share/casedesk"), DataFolder.folderFor("Linux", "/home/me", Map.of()));
        assertEquals(Path.of("/home/me/.local/share/casedesk"),
                DataFolder.folderFor("Linux", "/home/me", Map.of("XDG_DATA_HOME", "relative/path")));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:\\Users\\me\\AppData\\Roaming", "CaseDesk"),
                DataFolder.folderFor("Windows 11", "C:\\Users\\me", Map.of("APPDATA", "C:\\Users\\me\\AppData\\Roaming")));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/Users/me/Library/Application Support/CaseDesk"),
                DataFolder.folderFor("Mac OS X", "/Users/me", Map.of()));
    }

    @Test
    void casedeskHomeOverridesEverything() {
        assertEquals(Path.of("/srv/casedesk"),
                DataFolder.folderFor("Linux", "/home/me", Map.of("CASEDESK_HOME", "/srv/casedesk", "XDG_DATA_HOME", "/x")));
    }
}
