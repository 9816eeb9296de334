package casedesk.evidence.pdf;

import java.time.Duration;
import java.util.Locale;

/** Sizes and durations as an officer reads them in a message: "50 MB", "30 seconds". */
final class Describe {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private Describe() {
    }

    static String bytes(long bytes) {
        if (bytes < KB) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < MB) {
            return (bytes + KB - 1) / KB + " KB";
        }
        String megabytes = String.format(Locale.ROOT, "%.1f", bytes / (double) MB);
        return (megabytes.endsWith(".0") ? megabytes.substring(0, megabytes.length() - 2) : megabytes) + " MB";
    }

    static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 == 0) {
            long seconds = millis / 1000;
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return millis + " milliseconds";
    }
}
