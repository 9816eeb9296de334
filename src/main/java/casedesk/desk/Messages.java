package casedesk.desk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The desk's words, in the officer's language (English or French). */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale.getLanguage().equals("fr") ? FRENCH : ENGLISH;
        this.bundle = ResourceBundle.getBundle("casedesk.desk.messages", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language the desk starts in: French for a French-speaking user, English otherwise. */
    public static Messages forDefaultLocale() {
        return new Messages(Locale.getDefault());
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The text of {@code key}, or {@code fallback} where the bundle has none (e.g. a value typed by a user). */
    public String getOrElse(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /**
     * An amount rounded once, half-even, to the cent, and grouped as the officer's language groups
     * digits (1,410.69; 1 410,69).
     */
    public String amount(BigDecimal amount) {
        return String.format(locale, "%,.2f", amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    /**
     * How a date is typed and shown in a field: the ISO order in English (2026-12-02, as case.json
     * and the command line write it, never the American 12/2/2026), day first in French (02/12/2026).
     */
    public java.time.format.DateTimeFormatter dateField() {
        return locale.equals(FRENCH) ? java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu", locale)
                : java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;
    }

    /** A date on a chart's axis, short and unambiguous: 2 Dec, 2 déc. */
    public java.time.format.DateTimeFormatter dayAndMonth() {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM", locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
