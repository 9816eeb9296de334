package casedesk.intake;

import casedesk.json.Json;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.Trip;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An intake folder's {@code case.json}: the case, its applicant and trip, the documents it brings
 * and the passwords of the protected ones. Parsing checks everything before anything is stored, and
 * names the first field at fault.
 */
public record Manifest(CaseReference reference, LocalDate lodged, Applicant applicant, Trip trip, List<String> documents,
        Map<String, String> passwords) {

    /** The earliest birth date taken: before it, a date is a typing error. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** The longest stay a short-stay visa covers (Schengen Borders Code, Art. 6(1): 90 days in any 180). */
    static final int LONGEST_STAY_DAYS = 90;
    /** How far ahead of the trip an application may be lodged (Visa Code, Art. 9(1): six months). */
    static final int MONTHS_BEFORE_TRIP = 6;
    /** The longest name, purpose, identity number or password a field takes, in characters. */
    static final int LONGEST_NAME = 100;
    static final int LONGEST_TEXT = 200;
    static final int LONGEST_NUMBER = 32;
    static final int LONGEST_PASSWORD = 128;

    public Manifest {
        documents = List.copyOf(documents);
        passwords = Map.copyOf(passwords);
    }

    /** Parses a manifest lodged on or before {@code today} (a lodging date after it is refused). */
    public static Manifest parse(String json, LocalDate today) throws ManifestException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw new ManifestException("", "is not valid JSON (" + where + limitedForMessage(String.valueOf(e.getOriginalMessage()))
                    + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ManifestException("", "must be a JSON object");
        }
        CaseReference reference;
        String referenceText = text(root, "reference", "reference");
        try {
            reference = new CaseReference(referenceText);
        } catch (IllegalArgumentException e) {
            throw new ManifestException("reference", "'" + limitedForMessage(referenceText) + "' is not of the form LU-SHA-2026-000123");
        }
        LocalDate lodged = date(root, "lodged", "lodged");
        if (lodged.isAfter(today)) {
            throw new ManifestException("lodged", lodged + " is in the future (today is " + today + ")");
        }
        JsonNode a = object(root, "applicant");
        String surname = name(text(a, "surname", "applicant.surname"), "applicant.surname");
        String given = name(text(a, "given_names", "applicant.given_names"), "applicant.given_names");
        String nativeName = name(optionalText(a, "native_name", "applicant.native_name"), "applicant.native_name");
        LocalDate birth = date(a, "birth_date", "applicant.birth_date");
        String nationality = text(a, "nationality", "applicant.nationality");
        if (!nationality.matches("[A-Z]{3}")) {
            throw new ManifestException("applicant.nationality", "'" + limitedForMessage(nationality) + "' is not a three-letter ISO country code");
        }
        String passport = text(a, "passport", "applicant.passport");
        if (!passport.matches("[A-Z0-9]{6,12}")) {
            throw new ManifestException("applicant.passport", "'" + limitedForMessage(passport) + "' is not a passport number");
        }
        String nationalId = optionalText(a, "national_id", "applicant.national_id");
        if (nationalId.length() > LONGEST_NUMBER || !nationalId.matches("[0-9A-Za-z]*")) {
            throw new ManifestException("applicant.national_id", "is not an identity number (letters and digits, at most "
                    + LONGEST_NUMBER + ")");
        }
        if (birth.isBefore(EARLIEST_BIRTH)) {
            throw new ManifestException("applicant.birth_date", birth + " is before " + EARLIEST_BIRTH);
        }
        if (!birth.isBefore(lodged)) {
            throw new ManifestException("applicant.birth_date", birth + " is not before the lodging date " + lodged);
        }
        JsonNode t = object(root, "trip");
        LocalDate entry = date(t, "entry", "trip.entry");
        LocalDate exit = date(t, "exit", "trip.exit");
        if (exit.isBefore(entry)) {
            throw new ManifestException("trip.exit", exit + " is before trip.entry " + entry);
        }
        if (entry.isBefore(lodged)) {
            throw new ManifestException("trip.entry", entry + " is before the lodging date " + lodged);
        }
        if (entry.isAfter(lodged.plusMonths(MONTHS_BEFORE_TRIP))) {
            throw new ManifestException("trip.entry", entry + " is more than " + MONTHS_BEFORE_TRIP
                    + " months after the lodging date " + lodged);
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(entry, exit) + 1;
        if (days > LONGEST_STAY_DAYS) {
            throw new ManifestException("trip.exit", "a stay of " + days + " days is longer than the "
                    + LONGEST_STAY_DAYS + " a short-stay visa covers");
        }
        String purpose = limited(text(t, "purpose", "trip.purpose"), LONGEST_TEXT, "trip.purpose");
        String destination = text(t, "destination", "trip.destination");
        if (!destination.matches("[A-Z]{2}")) {
            throw new ManifestException("trip.destination", "'" + limitedForMessage(destination) + "' is not a two-letter Member State code");
        }
        String visaType = text(t, "visa_type", "trip.visa_type");
        if (!Set.of("A", "C").contains(visaType)) {
            throw new ManifestException("trip.visa_type", "'" + limitedForMessage(visaType) + "' is not a short-stay visa type (A or C)");
        }
        List<String> documents = documents(root);
        Map<String, String> passwords = passwords(root, documents);
        Applicant applicant = new Applicant(surname, given, nativeName, birth, nationality, passport, nationalId);
        return new Manifest(reference, lodged, applicant, new Trip(entry, exit, purpose, destination, visaType),
                documents, passwords);
    }

    private static List<String> documents(JsonNode root) throws ManifestException {
        JsonNode node = root.get("documents");
        if (node == null || node.isNull()) {
            throw new ManifestException("documents", "is missing");
        }
        if (!node.isArray()) {
            throw new ManifestException("documents", "must be a list of file names");
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String field = "documents[" + i + "]";
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new ManifestException(field, "must be a file name");
            }
            String name = item.asText();
            if (name.length() > LONGEST_TEXT || hasControlCharacters(name)) {
                throw new ManifestException(field, "is not a plain file name of at most " + LONGEST_TEXT + " characters");
            }
            if (name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")) {
                throw new ManifestException(field, "'" + name + "' must be a plain file name in the intake folder");
            }
            if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                throw new ManifestException(field, "'" + name + "' is not a PDF file name");
            }
            if (!names.add(name)) {
                throw new ManifestException(field, "'" + name + "' is listed twice");
            }
        }
        return new ArrayList<>(names);
    }

    private static Map<String, String> passwords(JsonNode root, List<String> documents) throws ManifestException {
        JsonNode node = root.get("passwords");
        Map<String, String> passwords = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return passwords;
        }
        if (!node.isObject()) {
            throw new ManifestException("passwords", "must map file names to passwords");
        }
        for (var entry : node.properties()) {
            String field = "passwords." + entry.getKey();
            if (!documents.contains(entry.getKey())) {
                throw new ManifestException(field, "'" + entry.getKey() + "' is not among the documents");
            }
            if (!entry.getValue().isTextual()) {
                throw new ManifestException(field, "must be a text");
            }
            if (entry.getValue().asText().length() > LONGEST_PASSWORD) {
                throw new ManifestException(field, "is longer than " + LONGEST_PASSWORD + " characters");
            }
            passwords.put(entry.getKey(), entry.getValue().asText());
        }
        return passwords;
    }

    /**
     * A name as it will be shown and printed: at most {@value #LONGEST_NAME} characters, and no
     * control or formatting characters (a right-to-left override would make the terminal and the
     * screen show another name than the one stored).
     */
    private static String name(String text, String field) throws ManifestException {
        limited(text, LONGEST_NAME, field);
        if (hasControlCharacters(text)) {
            throw new ManifestException(field, "holds control or text-direction characters");
        }
        return text;
    }

    private static String limited(String text, int longest, String field) throws ManifestException {
        if (text.length() > longest) {
            throw new ManifestException(field, "is longer than " + longest + " characters");
        }
        return text;
    }

    /** Control characters (C0, C1) and formatting ones such as the bidirectional overrides. */
    static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT);
    }

    private static JsonNode object(JsonNode parent, String name) throws ManifestException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw new ManifestException(name, "is missing");
        }
        if (!node.isObject()) {
            throw new ManifestException(name, "must be an object");
        }
        return node;
    }

    private static String text(JsonNode parent, String name, String field) throws ManifestException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw new ManifestException(field, "is missing");
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new ManifestException(field, "must be a non-empty text");
        }
        return node.asText().strip();
    }

    private static String optionalText(JsonNode parent, String name, String field) throws ManifestException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isTextual()) {
            throw new ManifestException(field, "must be a text");
        }
        return node.asText().strip();
    }

    private static LocalDate date(JsonNode parent, String name, String field) throws ManifestException {
        String text = text(parent, name, field);
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new ManifestException(field, "'" + limitedForMessage(text) + "' is not a date of the form 2026-11-02");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ManifestException(field, "'" + text + "' is not a date of the form 2026-11-02");
        }
    }

    /** A value quoted in a message, cut short: a message never repeats megabytes of input. */
    private static String limitedForMessage(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }
}
