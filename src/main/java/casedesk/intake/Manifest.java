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

    public Manifest {
        documents = List.copyOf(documents);
        passwords = Map.copyOf(passwords);
    }

    public static Manifest parse(String json) throws ManifestException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ManifestException("", "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ManifestException("", "must be a JSON object");
        }
        CaseReference reference;
        String referenceText = text(root, "reference", "reference");
        try {
            reference = new CaseReference(referenceText);
        } catch (IllegalArgumentException e) {
            throw new ManifestException("reference", "'" + referenceText + "' is not of the form LU-SHA-2026-000123");
        }
        LocalDate lodged = date(root, "lodged", "lodged");
        JsonNode a = object(root, "applicant");
        String surname = text(a, "surname", "applicant.surname");
        String given = text(a, "given_names", "applicant.given_names");
        String nativeName = optionalText(a, "native_name", "applicant.native_name");
        LocalDate birth = date(a, "birth_date", "applicant.birth_date");
        String nationality = text(a, "nationality", "applicant.nationality");
        if (!nationality.matches("[A-Z]{3}")) {
            throw new ManifestException("applicant.nationality", "'" + nationality + "' is not a three-letter ISO country code");
        }
        String passport = text(a, "passport", "applicant.passport");
        if (!passport.matches("[A-Z0-9]{6,12}")) {
            throw new ManifestException("applicant.passport", "'" + passport + "' is not a passport number");
        }
        String nationalId = optionalText(a, "national_id", "applicant.national_id");
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
        String purpose = text(t, "purpose", "trip.purpose");
        String destination = text(t, "destination", "trip.destination");
        if (!destination.matches("[A-Z]{2}")) {
            throw new ManifestException("trip.destination", "'" + destination + "' is not a two-letter Member State code");
        }
        String visaType = text(t, "visa_type", "trip.visa_type");
        if (!Set.of("A", "C").contains(visaType)) {
            throw new ManifestException("trip.visa_type", "'" + visaType + "' is not a short-stay visa type (A or C)");
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
            passwords.put(entry.getKey(), entry.getValue().asText());
        }
        return passwords;
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
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ManifestException(field, "'" + text + "' is not a date of the form 2026-11-02");
        }
    }
}
