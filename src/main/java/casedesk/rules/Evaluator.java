package casedesk.rules;

import casedesk.json.Json;
import casedesk.model.Evaluation;
import casedesk.model.ExchangeRate;
import casedesk.model.StoredFigure;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import casedesk.model.Phrase;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import casedesk.security.Sha256;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a rule set over a case. Evaluation is a pure function of the case file, the rule set, the
 * rates used and the day: its inputs are hashed and stored with the verdicts, so that it can be
 * reproduced years later and compared with what another version of the rules says.
 */
public final class Evaluator {

    /** The rules, in the order the desk shows their verdicts. */
    static final List<Rule> RULES = List.of(new MeansRule(), new SesameRule(), new CoverageRule(),
            new IntegrityRule(), new FundsParkingRule(), new IdentityRule(), new CrossCaseRule(), new InsuranceRule(),
            new DocumentsRule());

    /** A verdict that is not what it was under another evaluation. */
    public record Change(String rule, Optional<Verdict> before, Optional<Verdict> after) {
        public String describe() {
            String was = before.map(v -> v.status().name()).orElse("no verdict");
            String now = after.map(v -> v.status().name()).orElse("no verdict");
            return "%s: %s under %s, %s under %s%s".formatted(rule, was,
                    before.map(Verdict::ruleSetVersion).orElse("-"), now, after.map(Verdict::ruleSetVersion).orElse("-"),
                    after.map(v -> " (" + v.explanation() + ")").orElse(""));
        }
    }

    private final Clock clock;

    /** The clock only says when an evaluation was made; it plays no part in the verdicts. */
    public Evaluator(Clock clock) {
        this.clock = clock;
    }

    /**
     * Evaluates a case file, as of a day, under a rule set, with the exchange rates the lookup gives
     * (the latest on or before a day, for a currency).
     */
    public Evaluation evaluate(CaseFile file, RuleSet ruleSet, LocalDate asOf,
            java.util.function.BiFunction<String, LocalDate, Optional<ExchangeRate>> rates) {
        Context context = new Context(file, ruleSet, rates, asOf, Path.BANK);
        Verdict sesame = new SesameRule().evaluate(context);
        context = context.onPath(sesame.status() == VerdictStatus.PASS ? Path.SESAME : Path.BANK);
        List<Verdict> verdicts = new ArrayList<>();
        java.util.Map<Long, StoredFigure> corrected = new java.util.HashMap<>();
        file.documents().forEach(d -> d.figures().stream().filter(StoredFigure::corrected)
                .forEach(f -> corrected.put(f.id(), f)));
        for (Rule rule : RULES) {
            verdicts.add(saysWhoCorrected(rule instanceof SesameRule ? sesame : rule.evaluate(context), corrected));
        }
        String inputs = Json.canonical(inputs(file, ruleSet, asOf, context.path, context.ratesUsed()));
        return new Evaluation(ruleSet.version(), Sha256.hex(inputs), clock.instant(), verdicts);
    }

    /**
     * A verdict that rests on a figure the officer corrected says so, with who corrected it: the
     * supervisor reading it later sees at once that a person, not the reader, supplied the number.
     */
    private static Verdict saysWhoCorrected(Verdict verdict, java.util.Map<Long, StoredFigure> corrected) {
        List<Phrase> notes = verdict.evidenceFigureIds().stream().map(corrected::get).filter(java.util.Objects::nonNull)
                .map(f -> Phrase.of("corrected-by", figureName(f.figure().name()), f.correction().orElseThrow().by()))
                .distinct().toList();
        if (notes.isEmpty()) {
            return verdict;
        }
        return new Verdict(verdict.rule(), verdict.ruleSetVersion(), verdict.status(),
                Phrase.of("with-corrections", verdict.phrase(), Phrase.join("; ", notes)), verdict.evidenceFigureIds(),
                verdict.suggestedGround());
    }

    /** "closing balance": a figure's name for people, as its own words where the phrase book has them. */
    private static Phrase figureName(String name) {
        return Phrase.Book.has(java.util.Locale.ENGLISH, "figure." + name) ? Phrase.of("figure." + name)
                : Phrase.text(name.replace('_', ' '));
    }

    /** The verdicts that differ between two evaluations, rule by rule. */
    public static List<Change> compare(Evaluation before, Evaluation after) {
        List<Change> changes = new ArrayList<>();
        for (Rule rule : RULES) {
            Optional<Verdict> was = find(before, rule.id());
            Optional<Verdict> now = find(after, rule.id());
            boolean same = was.isPresent() && now.isPresent() && was.get().status() == now.get().status()
                    && was.get().explanation().equals(now.get().explanation());
            if (!same) {
                changes.add(new Change(rule.id(), was, now));
            }
        }
        return changes;
    }

    private static Optional<Verdict> find(Evaluation evaluation, String rule) {
        return evaluation.verdicts().stream().filter(v -> v.rule().equals(rule)).findFirst();
    }

    /**
     * Everything an evaluation reads, canonically: what its hash seals. The same inputs always give
     * the same verdicts; a different hash says the case, the evidence, the rates or the rules changed.
     */
    private static ObjectNode inputs(CaseFile file, RuleSet ruleSet, LocalDate asOf, Path path,
            Map<String, ExchangeRate> rates) {
        ObjectNode inputs = Json.object();
        inputs.putObject("ruleSet").put("version", ruleSet.version()).put("sha256", ruleSet.sha256());
        inputs.put("asOf", asOf.toString());
        inputs.put("path", path.name());
        var visaCase = file.visaCase();
        inputs.putObject("case")
                .put("reference", visaCase.reference().value())
                .put("lodged", visaCase.lodged().toString())
                .put("entry", visaCase.trip().entry().toString())
                .put("exit", visaCase.trip().exit().toString())
                .put("destination", visaCase.trip().destination())
                .put("surname", visaCase.applicant().surname())
                .put("givenNames", visaCase.applicant().givenNames())
                .put("nativeName", visaCase.applicant().nativeName())
                .put("nationalId", visaCase.applicant().nationalId())
                .put("passport", visaCase.applicant().passportNumber());
        ArrayNode documents = inputs.putArray("documents");
        for (CaseFile.Evidence evidence : file.documents()) {
            ObjectNode document = documents.addObject()
                    .put("sha256", evidence.document().sha256())
                    .put("kind", evidence.kind().code());
            ArrayNode figures = document.putArray("figures");
            for (StoredFigure figure : evidence.figures()) {
                ObjectNode f = figures.addObject().put("id", figure.id()).put("name", figure.figure().name())
                        .put("value", figure.figure().value().canonical());
                figure.figure().currencyCode().ifPresent(c -> f.put("currency", c));
                figure.correction().ifPresent(c -> f.put("correctedBy", c.by()).put("correctedAt", c.at().toString()));
            }
            ArrayNode transactions = document.putArray("transactions");
            for (Transaction t : evidence.transactions()) {
                transactions.addObject().put("date", t.date().toString()).put("amount", t.amount().plain())
                        .put("currency", t.amount().currencyCode()).put("description", t.description())
                        .put("counterparty", t.counterparty());
            }
            ArrayNode signals = document.putArray("signals");
            for (TamperSignal signal : evidence.signals()) {
                signals.addObject().put("code", signal.code()).put("severity", signal.severity().code())
                        .put("detail", signal.detail());
            }
        }
        ArrayNode matches = inputs.putArray("matches");
        for (CaseFile.Match match : file.matches()) {
            matches.addObject().put("file", match.fileName()).put("what", match.what().name())
                    .put("value", match.value()).put("case", match.otherCase().value());
        }
        ArrayNode used = inputs.putArray("rates");
        rates.values().stream().sorted((a, b) -> a.currency().compareTo(b.currency())).forEach(rate -> used.addObject()
                .put("currency", rate.currency()).put("date", rate.date().toString())
                .put("perEur", rate.perEur().toPlainString()));
        return inputs;
    }
}
