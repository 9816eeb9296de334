package casedesk.caseload;

import java.util.Locale;
import java.util.Optional;

/**
 * A setting the caseload keeps for itself, which an administrator sets: who must sign in, and the
 * limits an intake is held to. Each has a default that suits a consulate's workstation, and a range
 * outside which it is refused (a limit of zero, or of a terabyte, protects nothing).
 */
public enum Setting {
    SIGN_IN_TO_READ("sign-in-to-read", "no", "whether even commands that only read ask for a sign-in (yes or no)"),
    LARGEST_CASE_JSON_KB("largest-case-json-kb", "64", "the largest case.json an intake may hold, in KB (1 to 1024)"),
    LARGEST_DOCUMENT_MB("largest-document-mb", "64", "the largest PDF an intake or a case may take, in MB (1 to 1024)"),
    LARGEST_INTAKE_MB("largest-intake-mb", "512", "the most an intake may hold, unpacked, in MB (1 to 4096)"),
    MOST_INTAKE_FILES("most-intake-files", "500", "the most files an intake may hold (1 to 10000)");

    private final String code;
    private final String defaultValue;
    private final String meaning;

    Setting(String code, String defaultValue, String meaning) {
        this.code = code;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
    }

    /** As typed and shown: {@code largest-document-mb}. */
    public String code() {
        return code;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** What it sets, with the values it takes. */
    public String meaning() {
        return meaning;
    }

    public static Optional<Setting> of(String code) {
        for (Setting setting : values()) {
            if (setting.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }

    /**
     * The value as stored, from what was typed.
     *
     * @throws CaseloadException.Refused when it is not a value of this setting, saying which are
     */
    public String normalise(String typed) {
        String value = typed.strip().toLowerCase(Locale.ROOT);
        if (this == SIGN_IN_TO_READ) {
            return switch (value) {
                case "yes", "on", "true" -> "yes";
                case "no", "off", "false" -> "no";
                default -> throw refused(typed);
            };
        }
        long most = switch (this) {
            case LARGEST_CASE_JSON_KB, LARGEST_DOCUMENT_MB -> 1024;
            case LARGEST_INTAKE_MB -> 4096;
            default -> 10_000;
        };
        try {
            long number = Long.parseLong(value);
            if (number < 1 || number > most) {
                throw refused(typed);
            }
            return Long.toString(number);
        } catch (NumberFormatException e) {
            throw refused(typed);
        }
    }

    private CaseloadException.Refused refused(String typed) {
        return new CaseloadException.Refused("'" + typed + "' is no value for " + code + ": it is " + meaning + ".");
    }
}
