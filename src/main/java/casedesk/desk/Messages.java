package casedesk.desk;

import casedesk.model.Phrase;
import casedesk.model.TamperSignal;
import casedesk.model.Verdict;
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

    /**
     * What a verdict or a sign of alteration says, in the desk's language: on an English desk the
     * English the record keeps; otherwise the phrase in this language, or that English where the
     * phrase book cannot say it (a verdict from before phrases, or one written by a newer CaseDesk).
     */
    public String say(Phrase phrase, String english) {
        if (locale.equals(ENGLISH)) {
            return english;
        }
        try {
            return phrase.in(locale);
        } catch (MissingResourceException | IllegalStateException e) {
            return english;
        }
    }

    /**
     * A refusal ground's words in the desk's language: the rule set's own words, or, on a French desk,
     * the French of the standard form where the rule set words the ground exactly as the form's English.
     */
    public String ground(int number, String ruleSetWords) {
        String key = "ground.words." + number;
        if (locale.equals(ENGLISH) || !bundle.containsKey(key)) {
            return ruleSetWords;
        }
        ResourceBundle english = ResourceBundle.getBundle("casedesk.desk.messages", ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return english.containsKey(key) && english.getString(key).equals(ruleSetWords) ? bundle.getString(key)
                : ruleSetWords;
    }

    public String explanation(Verdict verdict) {
        return say(verdict.phrase(), verdict.explanation());
    }

    public String detail(TamperSignal signal) {
        return say(signal.phrase(), signal.detail());
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
