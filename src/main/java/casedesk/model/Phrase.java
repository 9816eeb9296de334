package casedesk.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence for people, kept as what it says rather than as the words of one language: a message
 * key and its arguments, so that a verdict or a sign of alteration reads in English on the command
 * line and in the record, and in French on a French desk. The words are in
 * {@code casedesk/model/phrases.properties} (English) and {@code phrases_fr.properties}.
 *
 * <p>{@link #english()} is the text the record keeps and the command line prints; a phrase from
 * before phrases were kept is a {@link Text}, which reads the same in every language.
 *
 * <p>Arguments are text (a file name, a name, a code: never translated), whole numbers, amounts
 * ({@link BigDecimal}, shown to the cent), {@link Exact} decimals (an exchange rate), {@link Money},
 * dates, and other phrases. A key with {@code .one} and {@code .other} variants is plural: the
 * first whole-number argument picks the variant.
 */
public sealed interface Phrase {

    /** The empty phrase, for a clause that is not there. */
    Phrase NONE = new Text("");

    /** A message of the phrase book with its arguments. */
    record Message(String key, List<Object> arguments) implements Phrase {
        public Message {
            Objects.requireNonNull(key, "key");
            if (!key.matches("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*")) {
                throw new IllegalArgumentException("phrase key must be dotted lower-case words: " + key);
            }
            List<Object> normal = new ArrayList<>();
            for (Object argument : arguments) {
                normal.add(switch (argument) {
                    case Integer n -> (long) n;
                    case Long n -> n;
                    case String s -> s;
                    case BigDecimal d -> d;
                    case Exact e -> e;
                    case Money m -> m;
                    case LocalDate d -> d;
                    case Phrase p -> p;
                    case null -> throw new NullPointerException("argument of phrase " + key);
                    default -> throw new IllegalArgumentException(
                            "a phrase takes no " + argument.getClass().getSimpleName() + " argument: " + key);
                });
            }
            arguments = List.copyOf(normal);
        }
    }

    /** Words that are not translated: a verdict from before phrases, or a value as a document prints it. */
    record Text(String text) implements Phrase {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Phrases one after the other, with a separator between them. */
    record Joined(String separator, List<Phrase> parts) implements Phrase {
        public Joined {
            Objects.requireNonNull(separator, "separator");
            parts = List.copyOf(parts);
        }
    }

    /** A phrase that starts a sentence: its first letter upper-case. */
    record Capitalised(Phrase phrase) implements Phrase {
        public Capitalised {
            Objects.requireNonNull(phrase, "phrase");
        }
    }

    /** A decimal shown as it is, every digit kept (an exchange rate of 7.8123), in the reader's notation. */
    record Exact(BigDecimal value) {
        public Exact {
            Objects.requireNonNull(value, "value");
        }
    }

    static Phrase of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    static Phrase text(String text) {
        return new Text(text);
    }

    static Phrase join(String separator, List<? extends Phrase> parts) {
        return new Joined(separator, List.copyOf(parts));
    }

    default Phrase capitalised() {
        return new Capitalised(this);
    }

    /** The words as the record keeps them and the command line prints them. */
    default String english() {
        return in(Locale.ENGLISH);
    }

    /**
     * The words in {@code locale}'s language (French, or English for any other).
     *
     * @throws MissingResourceException when the phrase book has no such message (a phrase written by a
     *     newer CaseDesk); the reader then shows the English the record kept
     */
    default String in(Locale locale) {
        StringBuilder out = new StringBuilder();
        Book.of(locale).render(this, out);
        return out.toString();
    }

    /** The phrase book of one language. */
    final class Book {

        private static final Book ENGLISH = new Book(Locale.ENGLISH);
        private static final Book FRENCH = new Book(Locale.FRENCH);

        private final Locale locale;
        private final ResourceBundle words;
        private final DateTimeFormatter dates;

        private Book(Locale locale) {
            this.locale = locale;
            this.words = ResourceBundle.getBundle("casedesk.model.phrases", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            this.dates = locale == Locale.FRENCH ? DateTimeFormatter.ofPattern("dd/MM/uuuu", locale)
                    : DateTimeFormatter.ISO_LOCAL_DATE;
        }

        static Book of(Locale locale) {
            return locale.getLanguage().equals("fr") ? FRENCH : ENGLISH;
        }

        /** Whether this book has words for {@code key} (either as it is or as a plural). */
        public static boolean has(Locale locale, String key) {
            ResourceBundle words = of(locale).words;
            return words.containsKey(key) || words.containsKey(key + ".one") && words.containsKey(key + ".other");
        }

        private void render(Phrase phrase, StringBuilder out) {
            switch (phrase) {
                case Text(String text) -> out.append(text);
                case Joined(String separator, List<Phrase> parts) -> {
                    for (int i = 0; i < parts.size(); i++) {
                        if (i > 0) {
                            out.append(separator(separator));
                        }
                        render(parts.get(i), out);
                    }
                }
                case Capitalised(Phrase inner) -> {
                    int start = out.length();
                    render(inner, out);
                    if (out.length() > start) {
                        int first = out.codePointAt(start);
                        out.replace(start, start + Character.charCount(first),
                                new String(Character.toChars(Character.toUpperCase(first))));
                    }
                }
                case Message message -> message(message, out);
            }
        }

        private void message(Message message, StringBuilder out) {
            String pattern = words.getString(pluralKey(message));
            List<Object> arguments = message.arguments();
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                int close = c == '{' ? pattern.indexOf('}', i) : -1;
                if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                    int index = Integer.parseInt(pattern.substring(i + 1, close));
                    if (index >= arguments.size()) {
                        throw new IllegalStateException("phrase " + message.key() + " has no argument " + index);
                    }
                    argument(arguments.get(index), out);
                    i = close + 1;
                } else {
                    out.append(c);
                    i++;
                }
            }
        }

        /** "; " is " ; " in French, the space before it unbreakable, as French sets a semicolon. */
        private String separator(String separator) {
            return locale == Locale.FRENCH && separator.equals("; ") ? "\u00a0; " : separator;
        }

        private String pluralKey(Message message) {
            if (words.containsKey(message.key()) || !words.containsKey(message.key() + ".one")) {
                return message.key();
            }
            long count = message.arguments().stream().filter(Long.class::isInstance).map(Long.class::cast)
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "plural phrase " + message.key() + " has no whole-number argument"));
            // French takes the singular for 0 and 1 ("0 jour"), English only for 1.
            boolean one = locale == Locale.FRENCH ? count == 0 || count == 1 : count == 1;
            return message.key() + (one ? ".one" : ".other");
        }

        private void argument(Object argument, StringBuilder out) {
            switch (argument) {
                case Long n -> out.append(n);
                case String s -> out.append(s);
                case BigDecimal amount -> out.append(cents(amount));
                case Exact(BigDecimal value) -> out.append(locale == Locale.FRENCH
                        ? value.toPlainString().replace('.', ',') : value.toPlainString());
                case Money money -> out.append(money.currencyCode()).append(' ').append(cents(money.amount()));
                case LocalDate date -> out.append(dates.format(date));
                case Phrase phrase -> render(phrase, out);
                default -> throw new IllegalStateException("unexpected argument " + argument);
            }
        }

        /** An amount rounded once, half-even, to the cent: 86,400.00 in English, 86 400,00 in French. */
        private String cents(BigDecimal amount) {
            return String.format(locale == Locale.FRENCH ? Locale.FRENCH : Locale.ROOT, "%,.2f",
                    amount.setScale(2, RoundingMode.HALF_EVEN));
        }
    }
}
