package casedesk.caseload;

import java.util.Objects;

/**
 * Something an audit event is about, whose state the event records by its hash: a case record, a
 * document's bytes, what was read from a document, an evaluation, a decision, an account, a rule
 * set, the exchange rates, the caseload's settings. Verification recomputes each from the tables, so that an edit to any of
 * them, not only to the log, is found.
 */
record Subject(Kind kind, String key) {

    enum Kind {
        CASE("case"),
        DOCUMENT("document"),
        READING("reading"),
        EVALUATION("evaluation"),
        DECISION("decision"),
        USER("user"),
        RULE_SET("rule-set"),
        RATES("rates"),
        SETTINGS("settings"),
        /** Another workstation imported from its bundles: its row and every decision of them. */
        WORKSTATION("workstation");

        final String code;

        Kind(String code) {
            this.code = code;
        }

        static Kind of(String code) {
            for (Kind kind : values()) {
                if (kind.code.equals(code)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("no subject kind " + code);
        }
    }

    Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    static Subject caseRecord(String reference) {
        return new Subject(Kind.CASE, reference);
    }

    static Subject document(long id) {
        return new Subject(Kind.DOCUMENT, Long.toString(id));
    }

    static Subject reading(long documentId) {
        return new Subject(Kind.READING, Long.toString(documentId));
    }

    static Subject evaluation(long id) {
        return new Subject(Kind.EVALUATION, Long.toString(id));
    }

    static Subject decision(long id) {
        return new Subject(Kind.DECISION, Long.toString(id));
    }

    static Subject user(String username) {
        return new Subject(Kind.USER, username);
    }

    static Subject ruleSet(String version) {
        return new Subject(Kind.RULE_SET, version);
    }

    static Subject rates() {
        return new Subject(Kind.RATES, "all");
    }

    static Subject settings() {
        return new Subject(Kind.SETTINGS, "all");
    }

    static Subject workstation(long id) {
        return new Subject(Kind.WORKSTATION, Long.toString(id));
    }

    /** As stored: {@code case:LU-SHA-2026-000123}. */
    String id() {
        return kind.code + ":" + key;
    }

    static Subject parse(String id) {
        int colon = id.indexOf(':');
        return new Subject(Kind.of(id.substring(0, colon)), id.substring(colon + 1));
    }

    /** In a sentence: "case LU-SHA-2026-000123", "what was read from document 7". */
    String describe() {
        return switch (kind) {
            case CASE -> "case " + key;
            case DOCUMENT -> "document " + key;
            case READING -> "what was read from document " + key;
            case EVALUATION -> "evaluation " + key;
            case DECISION -> "decision " + key;
            case USER -> "the account " + key;
            case RULE_SET -> "rule set " + key;
            case RATES -> "the exchange rates";
            case SETTINGS -> "the caseload's settings";
            case WORKSTATION -> "imported workstation " + key + " and its decisions";
        };
    }

    /** Whether the subject may exist without an event, as long as it is empty (a document nothing was read from). */
    boolean mayBeEmptyUnrecorded() {
        return kind == Kind.READING || kind == Kind.RATES || kind == Kind.SETTINGS;
    }
}
