package casedesk.demo;

import casedesk.caseload.Caseload;
import casedesk.demo.documents.ChineseNames;
import casedesk.json.Json;
import casedesk.model.CaseReference;
import casedesk.model.Decision;
import casedesk.model.Outcome;
import casedesk.model.Trip;
import casedesk.model.User;
import casedesk.model.VisaCase;
import casedesk.progress.Progress;
import casedesk.security.Passwords;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * A synthetic year of decisions for measuring the supervisor's desk at scale: cases decided by a
 * dozen officers over the year before {@code asOf}, in the mix a post sees (most issued, some
 * refused, some waiting for documents; a tenth on the Sesame path; a few with signals; a few
 * decided against the verdicts, with a reason). Each decision is recorded as the decision service
 * records one, with its snapshot, its audit event and its facts, but its snapshot holds verdicts
 * drawn here rather than evaluated from documents: there are no documents. It is for benchmarks,
 * never for a caseload anyone works on.
 */
public final class DecisionHistory {

    /** The officers of the history: the demo's two and ten more. */
    public static final List<String> OFFICERS = List.of("amartin", "jdupont", "officer03", "officer04", "officer05",
            "officer06", "officer07", "officer08", "officer09", "officer10", "officer11", "officer12");

    private static final String RULE_SET = "LU-2026.1";
    private static final int CHUNK = 2_000;
    private static final List<String> SIGNALS = List.of("editor-producer", "font-mismatch", "balance-break",
            "incremental-update", "modified-after-creation", "round-credit-before-end");

    private DecisionHistory() {
    }

    /**
     * Adds the demo accounts, the history's officers and {@code decisions} decided cases to an empty
     * caseload. The extra officers' passwords are hashed with few iterations: the file is a benchmark's.
     */
    public static void build(Caseload caseload, int decisions, long seed, LocalDate asOf, Progress progress) {
        progress.report(0, decisions, "Creating the accounts");
        DemoCaseload.createUsers(caseload);
        caseload.inTransaction(() -> {
            for (String officer : OFFICERS.subList(2, OFFICERS.size())) {
                Passwords.Derived password = Passwords.derive(DemoCaseload.DEMO_PASSWORD.toCharArray(), 1_000);
                caseload.users().create(new User(officer, officer, casedesk.model.Role.OFFICER, password.stored(), true),
                        password.wrappingKey(), Caseload.SYSTEM);
            }
            return null;
        });
        add(caseload, decisions, seed, asOf, progress);
    }

    /** Adds {@code decisions} more decided cases to a caseload that holds the history's officers. */
    public static void add(Caseload caseload, int decisions, long seed, LocalDate asOf, Progress progress) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int from = 0; from < decisions; from += CHUNK) {
            int count = Math.min(CHUNK, decisions - from);
            caseload.inTransaction(() -> {
                for (int i = 0; i < count; i++) {
                    decideOne(caseload, random, asOf);
                }
                return null;
            });
            progress.report(from + count, decisions, "Recording decisions");
        }
    }

    private static void decideOne(Caseload caseload, SplittableRandom random, LocalDate asOf) {
        LocalDate lodged = asOf.minusDays(5 + random.nextInt(365));
        CaseReference reference = caseload.cases().nextReference(lodged, "LU-SHA");
        LocalDate birth = LocalDate.of(1955 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        var applicant = ChineseNames.draw(random).toApplicant(birth, "E" + (10_000_000 + random.nextInt(89_999_999)),
                ChineseNames.nationalId(birth, random));
        LocalDate entry = lodged.plusDays(20 + random.nextInt(40));
        VisaCase visaCase = VisaCase.lodged(reference, lodged, applicant,
                new Trip(entry, entry.plusDays(5 + random.nextInt(20)), "tourism", "LU", "C"));
        caseload.cases().create(visaCase, Caseload.SYSTEM);

        boolean sesame = random.nextInt(10) == 0;
        boolean signalled = random.nextInt(12) == 0;
        int roll = random.nextInt(100);
        boolean meansFail = !sesame && roll < 12;
        boolean override = random.nextInt(30) == 0;
        Outcome outcome;
        if (meansFail) {
            outcome = override ? Outcome.ISSUE : random.nextBoolean() ? Outcome.REFUSE : Outcome.REQUEST_DOCUMENTS;
        } else if (override) {
            outcome = Outcome.REFUSE; // refused although every rule passed
        } else {
            outcome = roll < 20 ? Outcome.REQUEST_DOCUMENTS : Outcome.ISSUE;
        }
        String officer = OFFICERS.get(Math.min(OFFICERS.size() - 1, (int) Math.abs(random.nextGaussian() * 4)));
        int days = random.nextInt(100) < 90 ? 1 + random.nextInt(14) : 15 + random.nextInt(30);
        var decidedAt = lodged.plusDays(days).atTime(8 + random.nextInt(9), random.nextInt(60)).toInstant(ZoneOffset.UTC);

        ObjectNode snapshot = Json.object();
        snapshot.put("case", reference.value());
        snapshot.put("lodged", lodged.toString());
        snapshot.put("entry", visaCase.trip().entry().toString());
        snapshot.put("exit", visaCase.trip().exit().toString());
        ArrayNode documents = snapshot.putArray("documents");
        ObjectNode document = documents.addObject().put("id", 0).put("file", sesame ? "zhima.pdf" : "statement.pdf")
                .put("kind", sesame ? "credit-report" : "bank-statement").put("sha256", "0".repeat(64)).put("pages", 2);
        ArrayNode signals = document.putArray("signals");
        if (signalled) {
            signals.addObject().put("code", SIGNALS.get(random.nextInt(SIGNALS.size())))
                    .put("severity", random.nextBoolean() ? "medium" : "high").put("detail", "synthetic");
        }
        ArrayNode figures = snapshot.putArray("figures");
        if (sesame) {
            figures.addObject().put("id", 1).put("document", 0).put("name", "score")
                    .put("value", Integer.toString(750 + random.nextInt(200))).put("page", 1).put("text", "");
        }
        snapshot.put("ruleSet", RULE_SET);
        snapshot.put("inputsSha256", "0".repeat(64));
        ArrayNode verdicts = snapshot.putArray("verdicts");
        verdict(verdicts, "means", meansFail ? "FAIL" : "PASS", List.of());
        verdict(verdicts, "sesame", sesame ? "PASS" : "MISSING", sesame ? List.of(1L) : List.of());
        verdict(verdicts, "insurance", "PASS", List.of());
        verdict(verdicts, "documents", "PASS", List.of());
        List<Integer> grounds = outcome == Outcome.REFUSE ? List.of(random.nextInt(4) == 0 ? 8 : 3) : List.of();
        String text = Json.canonical(snapshot);
        boolean against = outcome == Outcome.ISSUE && meansFail || outcome == Outcome.REFUSE && !meansFail;
        caseload.decisions().record(new Decision(0, reference, outcome, grounds,
                outcome == Outcome.REQUEST_DOCUMENTS ? "Bank statements for the last three months" : "",
                against ? "Known to the post." : "", officer, decidedAt, text,
                casedesk.security.Sha256.hex(text), OptionalLong.empty()), officer);
    }

    private static void verdict(ArrayNode verdicts, String rule, String status, List<Long> evidence) {
        ObjectNode node = verdicts.addObject().put("rule", rule).put("status", status).put("explanation", "synthetic");
        ArrayNode ids = node.putArray("evidence");
        evidence.forEach(ids::add);
    }
}
