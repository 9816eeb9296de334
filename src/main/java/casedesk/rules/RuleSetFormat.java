package casedesk.rules;

import casedesk.json.Json;
import casedesk.model.Money;
import casedesk.rules.RuleSet.Ground;
import casedesk.rules.RuleSet.Grounds;
import casedesk.rules.RuleSet.Provenance;
import casedesk.rules.RuleSet.ReferenceAmount;
import casedesk.security.Sha256;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule-set files: JSON, checked field by field. A malformed file is refused with the line and the
 * field at fault ("line 14, sesame.threshold: must be a whole number from 350 to 950").
 */
public final class RuleSetFormat {

    /** A rule-set file that cannot be used. */
    public static final class Malformed extends Exception {
        private final int line;
        private final String field;

        Malformed(int line, String field, String message) {
            super((line > 0 ? "line " + line + ", " : "") + (field.isEmpty() ? "" : field + ": ") + message);
            this.line = line;
            this.field = field;
        }

        public int line() {
            return line;
        }

        public String field() {
            return field;
        }
    }

    private final Map<String, Integer> lines;
    private final JsonNode root;
    private final boolean onlyKnownFields;

    private RuleSetFormat(JsonNode root, Map<String, Integer> lines, boolean onlyKnownFields) {
        this.root = root;
        this.lines = lines;
        this.onlyKnownFields = onlyKnownFields;
    }

    /** A rule-set file to import: every field must be one CaseDesk reads. */
    public static RuleSet parse(String text) throws Malformed {
        return parse(text, true);
    }

    /**
     * A version stored in a caseload: read as it was imported. A CaseDesk before 2026-12-04 took
     * fields it did not read; such a version stays readable, since its evaluations rest on it.
     */
    public static RuleSet parseStored(String text) throws Malformed {
        return parse(text, false);
    }

    private static RuleSet parse(String text, boolean onlyKnownFields) throws Malformed {
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new Malformed(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new Malformed(1, "", "a rule set is a JSON object");
        }
        return new RuleSetFormat(root, lines(text), onlyKnownFields).read(Sha256.hex(Json.canonical(root)));
    }

    /** The line each field starts on, by its dotted path ("means.reference_amounts.LU.amount"). */
    private static Map<String, Integer> lines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = Json.mapper().getFactory().createParser(text)) {
            for (JsonToken token; (token = parser.nextToken()) != null; ) {
                if (token == JsonToken.FIELD_NAME || parser.getParsingContext().inArray()) {
                    String path = parser.getParsingContext().pathAsPointer().toString()
                            .substring(1).replace('/', '.').replaceAll("\\.(\\d+)(?=\\.|$)", "[$1]");
                    lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // Already parsed once; a second failure leaves the lines unknown, which only costs precision.
        }
        return lines;
    }

    private RuleSet read(String sha256) throws Malformed {
        if (onlyKnownFields) {
            onlyKnownFields();
        }
        String version = text(root, "version");
        if (!version.matches("[A-Z]{2}-\\d{4}\\.\\d+")) {
            throw fault("version", "'" + version + "' is not of the form LU-2026.1");
        }
        LocalDate effective = date(root, "effective");
        String memberState = text(root, "member_state");
        String title = text(root, "title");

        JsonNode amounts = object(object(root, "means", "means"), "reference_amounts", "means.reference_amounts");
        Map<String, ReferenceAmount> referenceAmounts = new LinkedHashMap<>();
        for (var entry : amounts.properties()) {
            String field = "means.reference_amounts." + entry.getKey();
            referenceAmounts.put(entry.getKey(), referenceAmount(entry.getKey(), entry.getValue(), field));
        }
        if (!referenceAmounts.containsKey(memberState)) {
            throw fault("means.reference_amounts", "has no amount for the rule set's own Member State " + memberState);
        }
        JsonNode sesame = object(root, "sesame", "sesame");
        JsonNode statements = object(root, "statements", "statements");
        JsonNode parking = object(root, "funds_parking", "funds_parking");
        JsonNode insurance = object(root, "insurance", "insurance");
        JsonNode rates = object(root, "exchange_rates", "exchange_rates");
        Grounds grounds = grounds(object(root, "refusal_grounds", "refusal_grounds"));
        BigDecimal share = decimal(parking, "share_of_closing", "funds_parking.share_of_closing");
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw fault("funds_parking.share_of_closing", share + " is not a share between 0 and 1");
        }
        return new RuleSet(version, effective, memberState, title, referenceAmounts,
                new RuleSet.Sesame(whole(sesame, "threshold", "sesame.threshold", 350, 950),
                        whole(sesame, "max_report_age_days", "sesame.max_report_age_days", 1, 365), provenance(sesame, "sesame")),
                new RuleSet.Statements(whole(statements, "min_months", "statements.min_months", 1, 24),
                        whole(statements, "max_days_before_lodging", "statements.max_days_before_lodging", 0, 365),
                        provenance(statements, "statements")),
                new RuleSet.FundsParking(whole(parking, "window_days", "funds_parking.window_days", 1, 90), share,
                        provenance(parking, "funds_parking")),
                new RuleSet.Insurance(money(insurance, "minimum", "insurance"), provenance(insurance, "insurance")),
                new RuleSet.Rates(whole(rates, "max_age_days", "exchange_rates.max_age_days", 0, 365),
                        provenance(rates, "exchange_rates")),
                grounds,
                suggestedGrounds(grounds),
                sha256);
    }

    private ReferenceAmount referenceAmount(String state, JsonNode node, String field) throws Malformed {
        if (!state.matches("[A-Z]{2}")) {
            throw fault(field, "'" + state + "' is not a two-letter Member State code");
        }
        if (!node.isObject()) {
            throw fault(field, "must be an object");
        }
        String basis = text(node, "basis", field + ".basis");
        Money amount = money(node, "amount", field);
        return switch (basis) {
            case "per-day" -> new ReferenceAmount(state, ReferenceAmount.Basis.PER_DAY, amount, 0, provenance(node, field));
            case "monthly-wage-per-day" -> new ReferenceAmount(state, ReferenceAmount.Basis.MONTHLY_WAGE_PER_DAY, amount,
                    whole(node, "days_per_month", field + ".days_per_month", 28, 31), provenance(node, field));
            default -> throw fault(field + ".basis", "'" + basis + "' is not per-day or monthly-wage-per-day");
        };
    }

    private Grounds grounds(JsonNode node) throws Malformed {
        JsonNode list = node.get("grounds");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw fault("refusal_grounds.grounds", "must be a list of the numbered grounds");
        }
        List<Ground> grounds = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "refusal_grounds.grounds[" + i + "]";
            JsonNode ground = list.get(i);
            if (!ground.isObject()) {
                throw fault(field, "must be an object with number, text and confirmed");
            }
            int number = whole(ground, "number", field + ".number", 1, 99);
            if (number != i + 1) {
                throw fault(field + ".number", "is " + number + " where " + (i + 1) + " was expected: grounds are numbered 1, 2, 3 ... in order");
            }
            JsonNode confirmed = ground.get("confirmed");
            if (confirmed == null || !confirmed.isBoolean()) {
                throw fault(field + ".confirmed", "must be true or false");
            }
            grounds.add(new Ground(number, text(ground, "text", field + ".text"), confirmed.asBoolean()));
        }
        return new Grounds(grounds, text(node, "source", "refusal_grounds.source"));
    }

    /** Which ground each rule's failure points at; every number must be one of the listed grounds. */
    private Map<String, Integer> suggestedGrounds(Grounds grounds) throws Malformed {
        JsonNode node = object(root.get("refusal_grounds"), "suggested", "refusal_grounds.suggested");
        Map<String, Integer> suggested = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            String field = "refusal_grounds.suggested." + entry.getKey();
            if (onlyKnownFields && Evaluator.RULES.stream().noneMatch(rule -> rule.id().equals(entry.getKey()))) {
                throw fault(field, "'" + entry.getKey() + "' is not a rule (the rules are " + String.join(", ",
                        Evaluator.RULES.stream().map(Rule::id).toList()) + ")");
            }
            int number = whole(node, entry.getKey(), field, 1, 99);
            if (grounds.number(number).isEmpty()) {
                throw fault(field, "ground " + number + " is not among the grounds listed");
            }
            suggested.put(entry.getKey(), number);
        }
        return suggested;
    }

    /**
     * Every field of the file is one CaseDesk reads: a misspelt or unknown one ("treshold") would be
     * silently ignored, and the version then locked to a file that does not say what its author meant.
     */
    private void onlyKnownFields() throws Malformed {
        only(root, "", "version", "effective", "member_state", "title", "means", "sesame", "statements", "funds_parking",
                "insurance", "exchange_rates", "refusal_grounds");
        only(root.path("means"), "means", "reference_amounts");
        for (var entry : root.path("means").path("reference_amounts").properties()) {
            only(entry.getValue(), "means.reference_amounts." + entry.getKey(), "amount", "basis", "currency",
                    "days_per_month", "effective", "source");
        }
        only(root.path("sesame"), "sesame", "threshold", "max_report_age_days", "effective", "source");
        only(root.path("statements"), "statements", "min_months", "max_days_before_lodging", "effective", "source");
        only(root.path("funds_parking"), "funds_parking", "window_days", "share_of_closing", "effective", "source");
        only(root.path("insurance"), "insurance", "minimum", "currency", "effective", "source");
        only(root.path("exchange_rates"), "exchange_rates", "max_age_days", "effective", "source");
        only(root.path("refusal_grounds"), "refusal_grounds", "grounds", "source", "suggested");
        JsonNode grounds = root.path("refusal_grounds").path("grounds");
        for (int i = 0; i < grounds.size(); i++) {
            only(grounds.get(i), "refusal_grounds.grounds[" + i + "]", "number", "text", "confirmed");
        }
    }

    private void only(JsonNode node, String field, String... known) throws Malformed {
        if (!node.isObject()) {
            return; // what is not an object is refused where it is read
        }
        java.util.Set<String> fields = java.util.Set.of(known);
        for (var entry : node.properties()) {
            if (!fields.contains(entry.getKey())) {
                throw fault(field.isEmpty() ? entry.getKey() : field + "." + entry.getKey(), "is not a field CaseDesk "
                        + "reads (" + (field.isEmpty() ? "a rule set has " : field + " has ") + String.join(", ", known)
                        + "): a misspelling? Nothing was imported");
            }
        }
    }

    private Provenance provenance(JsonNode node, String field) throws Malformed {
        return new Provenance(date(node, "effective", field + ".effective"), text(node, "source", field + ".source"));
    }

    private Money money(JsonNode node, String name, String field) throws Malformed {
        BigDecimal amount = decimal(node, name, field + "." + name);
        if (amount.signum() <= 0) {
            throw fault(field + "." + name, amount + " is not a positive amount");
        }
        String currency = text(node, "currency", field + ".currency");
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
            throw fault(field + ".currency", "'" + currency + "' is not an ISO currency code");
        }
    }

    private BigDecimal decimal(JsonNode node, String name, String field) throws Malformed {
        String text = text(node, name, field);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw fault(field, "'" + text + "' is not a decimal number such as \"2570.93\"");
        }
    }

    private int whole(JsonNode node, String name, String field, int min, int max) throws Malformed {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw fault(field, "is missing");
        }
        if (!value.isInt() || value.asInt() < min || value.asInt() > max) {
            throw fault(field, "must be a whole number from " + min + " to " + max + ", not " + value);
        }
        return value.asInt();
    }

    private LocalDate date(JsonNode node, String name) throws Malformed {
        return date(node, name, name);
    }

    private LocalDate date(JsonNode node, String name, String field) throws Malformed {
        String text = text(node, name, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fault(field, "'" + text + "' is not a date of the form 2026-01-01");
        }
    }

    private String text(JsonNode node, String name) throws Malformed {
        return text(node, name, name);
    }

    private String text(JsonNode node, String name, String field) throws Malformed {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw fault(field, "is missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw fault(field, "must be a non-empty text");
        }
        return value.asText();
    }

    private JsonNode object(JsonNode node, String name, String field) throws Malformed {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw fault(field, "is missing");
        }
        if (!value.isObject()) {
            throw fault(field, "must be an object");
        }
        return value;
    }

    /** The fault at a field, on the line of the field itself or, if it is missing, of its parent. */
    private Malformed fault(String field, String message) {
        String path = field;
        Integer line = lines.get(path);
        while (line == null && path.contains(".")) {
            path = path.substring(0, path.lastIndexOf('.'));
            line = lines.get(path);
        }
        return new Malformed(line == null ? 0 : line, field, message);
    }
}
