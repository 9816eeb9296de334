package casedesk.desk.cases;

import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.Trip;
import casedesk.model.VisaCase;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the officer typed into the case form, and what is wrong with it: required fields, the order
 * of the dates, the formats of the passport and identity numbers. The form shows the problems beside
 * their fields; only a form without problems becomes a case.
 *
 * @param purpose a code of {@link #PURPOSES} or, for an older case, whatever it was lodged with
 */
public record CaseFields(
        String reference,
        LocalDate lodged,
        String surname,
        String givenNames,
        String nativeName,
        LocalDate birthDate,
        String nationality,
        String passport,
        String nationalId,
        LocalDate entry,
        LocalDate exit,
        String purpose,
        String destination) {

    /** The main purposes of the journey, as the harmonised application form lists them. */
    public static final List<String> PURPOSES = List.of("tourism", "business",
            "visiting family or friends", "cultural", "sports", "official visit", "medical reasons", "study",
            "airport transit", "other");

    /** The uniform visa valid for the whole Schengen area. */
    public static final String UNIFORM_VISA = "C";

    /** A short stay is at most 90 days (Schengen Borders Code, Art. 6(1)). */
    public static final int LONGEST_STAY_DAYS = 90;

    /** The fields of the form, each shown with its own problem. */
    public enum Field {
        REFERENCE, LODGED, SURNAME, GIVEN_NAMES, NATIVE_NAME, BIRTH_DATE, NATIONALITY, PASSPORT, NATIONAL_ID,
        ENTRY, EXIT, PURPOSE, DESTINATION
    }

    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{2}-[A-Z]{3}-\\d{4}-\\d{6}");
    /** Names as the machine-readable zone writes them: Latin letters, spaces, hyphens, apostrophes. */
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][A-Z' -]*");
    /** ICAO Doc 9303: a document number of up to nine letters and digits; passports carry at least six. */
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{6,9}");
    /** GB 11643: seventeen digits and a check character, a digit or X. */
    private static final Pattern CHINESE_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    public CaseFields {
        reference = clean(reference);
        surname = clean(surname);
        givenNames = clean(givenNames);
        nativeName = Objects.requireNonNullElse(nativeName, "").strip();
        nationality = clean(nationality);
        passport = clean(passport).replace(" ", "");
        nationalId = clean(nationalId).replace(" ", "");
        purpose = Objects.requireNonNullElse(purpose, "").strip();
        destination = clean(destination);
    }

    private static String clean(String text) {
        return Objects.requireNonNullElse(text, "").strip().toUpperCase(Locale.ROOT);
    }

    /** The fields of an existing case, to correct them. */
    public static CaseFields of(VisaCase visaCase) {
        Applicant a = visaCase.applicant();
        Trip t = visaCase.trip();
        return new CaseFields(visaCase.reference().value(), visaCase.lodged(), a.surname(), a.givenNames(), a.nativeName(),
                a.birthDate(), a.nationality(), a.passportNumber(), a.nationalId(), t.entry(), t.exit(), t.purpose(),
                t.destination());
    }

    /**
     * What is wrong, field by field, as message keys under {@code form.problem.}; empty when the
     * fields make a case. A field's first problem is the one reported.
     */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (reference.isEmpty()) {
            problems.put(Field.REFERENCE, "required");
        } else if (!REFERENCE.matcher(reference).matches()) {
            problems.put(Field.REFERENCE, "reference");
        }
        if (lodged == null) {
            problems.put(Field.LODGED, "required");
        }
        if (surname.isEmpty()) {
            problems.put(Field.SURNAME, "required");
        } else if (!LATIN_NAME.matcher(surname).matches()) {
            problems.put(Field.SURNAME, "latin");
        }
        if (!givenNames.isEmpty() && !LATIN_NAME.matcher(givenNames).matches()) {
            problems.put(Field.GIVEN_NAMES, "latin");
        }
        if (birthDate == null) {
            problems.put(Field.BIRTH_DATE, "required");
        } else if (lodged != null && !birthDate.isBefore(lodged)) {
            problems.put(Field.BIRTH_DATE, "birthDate");
        }
        if (nationality.isEmpty()) {
            problems.put(Field.NATIONALITY, "required");
        } else if (!nationality.matches("[A-Z]{3}")) {
            problems.put(Field.NATIONALITY, "nationality");
        }
        if (passport.isEmpty()) {
            problems.put(Field.PASSPORT, "required");
        } else if (!PASSPORT.matcher(passport).matches()) {
            problems.put(Field.PASSPORT, "passport");
        }
        if (!nationalId.isEmpty() && nationality.equals("CHN") && !isChineseId(nationalId)) {
            problems.put(Field.NATIONAL_ID, "nationalId");
        }
        if (entry == null) {
            problems.put(Field.ENTRY, "required");
        } else if (lodged != null && entry.isBefore(lodged)) {
            problems.put(Field.ENTRY, "entryBeforeLodged");
        }
        if (exit == null) {
            problems.put(Field.EXIT, "required");
        } else if (entry != null && exit.isBefore(entry)) {
            problems.put(Field.EXIT, "exitBeforeEntry");
        } else if (entry != null && ChronoUnit.DAYS.between(entry, exit) + 1 > LONGEST_STAY_DAYS) {
            problems.put(Field.EXIT, "stayTooLong");
        }
        if (purpose.isEmpty()) {
            problems.put(Field.PURPOSE, "required");
        }
        if (destination.isEmpty()) {
            problems.put(Field.DESTINATION, "required");
        } else if (!destination.matches("[A-Z]{2}")) {
            problems.put(Field.DESTINATION, "destination");
        }
        return problems;
    }

    /** Whether a Chinese resident identity number is well formed and its check character right. */
    static boolean isChineseId(String id) {
        if (!CHINESE_ID.matcher(id).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return id.charAt(17) == ID_CHECK.charAt(sum % 11);
    }

    public boolean isValid() {
        return problems().isEmpty();
    }

    public Applicant applicant() {
        requireValid();
        return new Applicant(surname, givenNames, nativeName, birthDate, nationality, passport, nationalId);
    }

    /** The trip, for the type of visa applied for. */
    public Trip trip(String visaType) {
        requireValid();
        return new Trip(entry, exit, purpose, destination, visaType);
    }

    /** A new case for the uniform short-stay visa (type C), with the Visa Code's 15 days to decide. */
    public VisaCase newCase() {
        requireValid();
        return VisaCase.lodged(new CaseReference(reference), lodged, applicant(), trip(UNIFORM_VISA));
    }

    private void requireValid() {
        if (!isValid()) {
            throw new IllegalStateException("the case form has problems: " + problems());
        }
    }
}
