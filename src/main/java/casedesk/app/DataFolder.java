package casedesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where CaseDesk keeps the workstation's data: the XDG data home on Linux, %APPDATA% on Windows,
 * Application Support on macOS. {@code CASEDESK_HOME} overrides all three (for IT staff who keep
 * the caseload on another disk, and for tests).
 */
public final class DataFolder {

    public static final String CASELOAD_FILE = "caseload.db";

    private DataFolder() {
    }

    public static Path defaultFolder() {
        return folderFor(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    public static Path defaultCaseload() {
        return defaultFolder().resolve(CASELOAD_FILE);
    }

    static Path folderFor(String osName, String userHome, Map<String, String> environment) {
        String override = environment.get("CASEDESK_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("CaseDesk");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "CaseDesk");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("casedesk");
    }
}
