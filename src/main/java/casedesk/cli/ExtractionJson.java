package casedesk.cli;

import casedesk.evidence.Extracted;
import casedesk.evidence.ExtractionResult;
import casedesk.evidence.signals.Check;
import casedesk.evidence.signals.TamperSignals;
import casedesk.evidence.statement.Reconciliation;
import casedesk.json.Json;
import casedesk.model.Box;
import casedesk.model.DocumentKind;
import casedesk.model.Figure;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The JSON of {@code casedesk extract}, one object per input, as the command-line contract fixes
 * it: {@code file}, {@code sha256}, {@code kind}, {@code pages}, {@code figures}, {@code
 * transactions}, {@code reconciliation}, {@code signals}; or {@code file} and {@code error}.
 * Boxes are [x, y, width, height] in PDF points from the top-left of the page.
 */
final class ExtractionJson {

    private ExtractionJson() {
    }

    static ObjectNode of(String file, ExtractionResult result) {
        ObjectNode node = Json.object().put("file", file).put("sha256", result.sha256());
        switch (result) {
            case ExtractionResult.Failed failed -> node.putObject("error")
                    .put("code", failed.code().code())
                    .put("message", failed.message());
            case ExtractionResult.Read read -> write(node, read.document());
        }
        return node;
    }

    static ObjectNode error(String file, String code, String message) {
        ObjectNode node = Json.object().put("file", file);
        node.putObject("error").put("code", code).put("message", message);
        return node;
    }

    private static void write(ObjectNode node, Extracted document) {
        node.put("kind", document.reading().kind().code());
        node.put("pages", document.pages());
        node.put("encrypted", document.passwordUsed().isPresent());
        ArrayNode figures = node.putArray("figures");
        for (Figure figure : document.reading().figures()) {
            ObjectNode f = figures.addObject()
                    .put("name", figure.name())
                    .put("value", figure.value().canonical());
            figure.currencyCode().ifPresentOrElse(c -> f.put("currency", c), () -> f.putNull("currency"));
            f.put("page", figure.page());
            f.set("bbox", box(figure.box()));
            f.put("text", figure.sourceText());
            f.put("derived", figure.derived());
        }
        ArrayNode transactions = node.putArray("transactions");
        for (Transaction t : document.reading().transactions()) {
            ObjectNode row = transactions.addObject()
                    .put("date", t.date().toString())
                    .put("description", t.description())
                    .put("amount", t.amount().plain());
            t.balance().ifPresentOrElse(b -> row.put("balance", b.plain()), () -> row.putNull("balance"));
            row.put("currency", t.amount().currencyCode());
            row.put("counterparty", t.counterparty());
            row.put("neutral", t.neutral());
            row.put("page", t.page());
            row.set("bbox", box(t.box()));
        }
        if (document.reading().kind() == DocumentKind.BANK_STATEMENT) {
            ObjectNode reading = node.putObject("reading").put("status", document.reading().status().code());
            ArrayNode unproven = reading.putArray("unproven_rows");
            document.reading().reconciliation().ifPresent(r -> r.unproven().forEach(row -> unproven.add(row + 1)));
        } else {
            node.putNull("reading");
        }
        document.reading().reconciliation().ifPresentOrElse(
                r -> node.set("reconciliation", reconciliation(r)), () -> node.putNull("reconciliation"));
        ArrayNode signals = node.putArray("signals");
        for (TamperSignal signal : document.signals()) {
            ObjectNode s = signals.addObject()
                    .put("code", signal.code())
                    .put("severity", signal.severity().code())
                    .put("detail", signal.detail());
            signal.page().ifPresent(page -> s.put("page", page));
            signal.box().ifPresent(b -> s.set("bbox", box(b)));
        }
        ArrayNode checks = node.putArray("checks");
        for (Check check : TamperSignals.checks()) {
            checks.addObject().put("code", check.code()).put("looked_for", check.lookedFor());
        }
    }

    private static ObjectNode reconciliation(Reconciliation reconciliation) {
        ObjectNode node = Json.object()
                .put("rows", reconciliation.rows())
                .put("consistent", reconciliation.consistent())
                .put("checked", reconciliation.checked());
        ArrayNode breaks = node.putArray("breaks");
        for (Reconciliation.Break b : reconciliation.breaks()) {
            breaks.addObject()
                    .put("row", b.row() + 1)
                    .put("expected", b.expected().plain())
                    .put("printed", b.printed().plain())
                    .put("page", b.page())
                    .set("bbox", box(b.box()));
        }
        ArrayNode problems = node.putArray("problems");
        reconciliation.problems().forEach(problem -> problems.add(Reconciliation.sentence(problem).english()));
        return node;
    }

    private static ArrayNode box(Box box) {
        return Json.array().add(round(box.x())).add(round(box.y())).add(round(box.width())).add(round(box.height()));
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }
}
