package casedesk.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A sign that a document may have been altered, in words an officer understands. {@code code} is a
 * stable identifier such as {@code incremental-update}; page and box say where, when it is on a page.
 * {@code detail} is the English of {@code phrase}, as the record keeps it (see {@link Verdict}).
 */
public record TamperSignal(String code, Severity severity, String detail, Phrase phrase, Optional<Integer> page,
        Optional<Box> box) {

    public TamperSignal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(box, "box");
        if (!code.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("signal code must be lower-case words joined by '-': " + code);
        }
    }

    /** A signal saying {@code phrase}, in English in the record. */
    public TamperSignal(String code, Severity severity, Phrase phrase, Optional<Integer> page, Optional<Box> box) {
        this(code, severity, phrase.english(), phrase, page, box);
    }

    /** A signal whose detail is known only in English (one recorded before phrases were kept). */
    public TamperSignal(String code, Severity severity, String detail, Optional<Integer> page, Optional<Box> box) {
        this(code, severity, detail, Phrase.text(detail), page, box);
    }

    public static TamperSignal documentWide(String code, Severity severity, Phrase detail) {
        return new TamperSignal(code, severity, detail, Optional.empty(), Optional.empty());
    }

    public static TamperSignal onPage(String code, Severity severity, Phrase detail, int page, Box box) {
        return new TamperSignal(code, severity, detail, Optional.of(page), Optional.of(box));
    }
}
