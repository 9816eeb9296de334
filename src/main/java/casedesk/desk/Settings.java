package casedesk.desk;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** The desk's settings for this workstation, kept beside the caseload in the data folder. */
public final class Settings {

    private static final String LANGUAGE = "language";
    private static final String LOCK_AFTER = "lockAfterMinutes";
    /** How long the desk waits, untouched, before it locks and asks for the password again. */
    public static final java.time.Duration DEFAULT_LOCK_AFTER = java.time.Duration.ofMinutes(10);

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings in(Path folder) {
        Settings settings = new Settings(folder.resolve("settings.properties"));
        if (Files.isReadable(settings.file)) {
            try (Reader reader = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                // Unreadable settings are no settings: the desk starts with its defaults.
            }
        }
        return settings;
    }

    public Optional<Locale> language() {
        return Optional.ofNullable(values.getProperty(LANGUAGE)).filter(l -> !l.isBlank()).map(Locale::forLanguageTag);
    }

    public void setLanguage(Locale locale) {
        values.setProperty(LANGUAGE, locale.toLanguageTag());
        save();
    }

    /**
     * How long the desk may stand untouched before it locks ({@code lockAfterMinutes}, 1 to 480);
     * a value that is no such number is the default.
     */
    public java.time.Duration lockAfter() {
        try {
            long minutes = Long.parseLong(values.getProperty(LOCK_AFTER, "").strip());
            return minutes >= 1 && minutes <= 480 ? java.time.Duration.ofMinutes(minutes) : DEFAULT_LOCK_AFTER;
        } catch (NumberFormatException e) {
            return DEFAULT_LOCK_AFTER;
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(writer, "CaseDesk desk settings");
            }
        } catch (IOException e) {
            // A setting that cannot be saved is used for this session only.
        }
    }
}
