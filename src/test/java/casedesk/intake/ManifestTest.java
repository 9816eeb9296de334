package casedesk.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static final String GOOD = """
            {"reference": "LU-SHA-2026-000123", "lodged": "2026-11-02",
             "applicant": {"surname": "WANG", "given_names": "XIAOMING", "native_name": "王小明", "birth_date": "1988-04-17",
                           "nationality": "CHN", "passport": "E12345678", "national_id": "310101198804171234"},
             "trip": {"entry": "2026-12-10", "exit": "2026-12-24", "purpose": "tourism", "destination": "LU", "visa_type": "C"},
             "documents": ["statement-icbc.pdf", "zhima-report.pdf", "insurance.pdf"],
             "passwords": {"statement-icbc.pdf": "171234"}}
            """;

    @Test
    void readsTheDesignsExample() throws ManifestException {
        Manifest manifest = Manifest.parse(GOOD, TODAY);

        assertEquals("LU-SHA-2026-000123", manifest.reference().value());
        assertEquals(LocalDate.of(2026, 11, 2), manifest.lodged());
        assertEquals("王小明", manifest.applicant().nativeName());
        assertEquals("310101198804171234", manifest.applicant().nationalId());
        assertEquals(15, manifest.trip().days());
        assertEquals(List.of("statement-icbc.pdf", "zhima-report.pdf", "insurance.pdf"), manifest.documents());
        assertEquals(Map.of("statement-icbc.pdf", "171234"), manifest.passwords());
    }

    private static String with(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) Json.parse(GOOD);
        change.accept(root);
        return root.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing reference|reference|is missing",
            "bad reference|reference|is not of the form",
            "missing birth date|applicant.birth_date|is missing",
            "bad birth date|applicant.birth_date|is not a date",
            "exit before entry|trip.exit|is before trip.entry",
            "entry before lodging|trip.entry|is before the lodging date",
            "unknown password file|passwords.other.pdf|is not among the documents",
            "document twice|documents[1]|is listed twice",
            "document with a path|documents[0]|must be a plain file name",
            "not a pdf|documents[2]|is not a PDF file name",
            "bad visa type|trip.visa_type|is not a short-stay visa type",
            "bad nationality|applicant.nationality|is not a three-letter",
            "no documents|documents|is missing",
            "lodged in the future|lodged|is in the future",
            "born before 1900|applicant.birth_date|is before 1900-01-01",
            "a year past 9999|trip.exit|is not a date",
            "a stay of 100 years|trip.exit|is longer than the 90 a short-stay visa covers",
            "a trip a year ahead|trip.entry|more than 6 months after the lodging date",
            "a ten-megabyte surname|applicant.surname|is longer than 100 characters",
            "a right-to-left override|applicant.surname|control or text-direction characters",
            "a terminal escape|applicant.given_names|control or text-direction characters",
            "an identity number of symbols|applicant.national_id|is not an identity number"})
    void refusesABadManifestWholeNamingTheField(String change, String field, String words) {
        String json = with(root -> {
            ObjectNode applicant = (ObjectNode) root.get("applicant");
            ObjectNode trip = (ObjectNode) root.get("trip");
            switch (change) {
                case "missing reference" -> root.remove("reference");
                case "bad reference" -> root.put("reference", "LU-123");
                case "missing birth date" -> applicant.remove("birth_date");
                case "bad birth date" -> applicant.put("birth_date", "17/04/1988");
                case "exit before entry" -> trip.put("exit", "2026-12-01");
                case "entry before lodging" -> trip.put("entry", "2026-10-01");
                case "unknown password file" -> ((ObjectNode) root.get("passwords")).put("other.pdf", "x");
                case "document twice" -> root.putArray("documents").add("a.pdf").add("a.pdf");
                case "document with a path" -> root.putArray("documents").add("../../etc/passwd.pdf");
                case "not a pdf" -> root.putArray("documents").add("a.pdf").add("b.pdf").add("c.exe");
                case "bad visa type" -> trip.put("visa_type", "D");
                case "bad nationality" -> applicant.put("nationality", "China");
                case "no documents" -> root.remove("documents");
                case "lodged in the future" -> root.put("lodged", "2026-11-21");
                case "born before 1900" -> applicant.put("birth_date", "1500-01-01");
                case "a year past 9999" -> trip.put("exit", "+99999-01-01");
                case "a stay of 100 years" -> trip.put("exit", "2126-12-10");
                case "a trip a year ahead" -> trip.put("entry", "2027-11-02").put("exit", "2027-11-10");
                case "a ten-megabyte surname" -> applicant.put("surname", "W".repeat(10 * 1024 * 1024));
                case "a right-to-left override" -> applicant.put("surname", "WANG\u202EGNAW");
                case "a terminal escape" -> applicant.put("given_names", "XIAO\u001b[2JMING");
                case "an identity number of symbols" -> applicant.put("national_id", "31010;DROP");
                default -> throw new IllegalArgumentException(change);
            }
            if (!change.equals("unknown password file")) {
                root.remove("passwords");
            }
        });
        ManifestException refused = assertThrows(ManifestException.class, () -> Manifest.parse(json, TODAY));
        assertEquals(field, refused.field());
        assertTrue(refused.getMessage().startsWith("case.json: " + field + ": "), refused.getMessage());
        assertTrue(refused.getMessage().contains(words), refused.getMessage());
    }

    @Test
    void aValueQuotedInARefusalIsCutShort() {
        String json = with(root -> root.put("reference", "X".repeat(1_000_000)));
        ManifestException refused = assertThrows(ManifestException.class, () -> Manifest.parse(json, TODAY));
        assertTrue(refused.getMessage().length() < 200, "the message does not repeat a megabyte of input");
    }

    @Test
    void deeplyNestedJsonIsRefusedInWords() {
        String json = "[".repeat(5_000) + "]".repeat(5_000);
        ManifestException refused = assertThrows(ManifestException.class, () -> Manifest.parse(json, TODAY));
        assertTrue(refused.getMessage().contains("not valid JSON"), refused.getMessage());
    }

    @Test
    void refusesTextThatIsNotJsonWithWhereItBroke() {
        ManifestException refused = assertThrows(ManifestException.class, () -> Manifest.parse("{\"reference\": ", TODAY));
        assertTrue(refused.getMessage().contains("not valid JSON (line 1"), refused.getMessage());
    }
}
