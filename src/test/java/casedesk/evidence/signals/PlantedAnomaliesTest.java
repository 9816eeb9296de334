package casedesk.evidence.signals;

import static casedesk.evidence.signals.Evidence.describe;
import static casedesk.evidence.signals.Evidence.signals;
import static casedesk.evidence.signals.Evidence.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.demo.documents.Anomaly;
import casedesk.demo.documents.Bank;
import casedesk.demo.documents.GeneratedDocument;
import casedesk.demo.documents.GroundTruth;
import casedesk.demo.documents.Insurer;
import casedesk.demo.documents.Language;
import casedesk.demo.documents.StatementLayout;
import casedesk.model.Box;
import casedesk.model.DocumentKind;
import casedesk.model.Figure;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every anomaly the generators can plant raises its signal, on every statement layout and every other kind that takes it. */
class PlantedAnomaliesTest {

    /** The anomalies certificates, reports and policies take: the key figure edited, covered, or the file resaved by an editor. */
    private static final List<Anomaly> ON_KEY_FIGURE = List.of(Anomaly.EDITED_BALANCE_INCREMENTAL, Anomaly.EDITOR_PRODUCER,
            Anomaly.COVERED_FIGURE);

    static Stream<Arguments> documents() {
        Stream.Builder<Arguments> documents = Stream.builder();
        long seed = 300;
        for (StatementLayout layout : StatementLayout.values()) {
            for (Anomaly anomaly : Anomaly.values()) {
                documents.add(named(anomaly, Evidence.statement(layout, Set.of(anomaly), seed++)));
            }
        }
        for (Anomaly anomaly : ON_KEY_FIGURE) {
            documents.add(named(anomaly, Evidence.deposit(Bank.values()[(int) (seed % Bank.values().length)],
                    Set.of(anomaly), seed++)));
            for (Language language : Language.values()) {
                documents.add(named(anomaly, Evidence.creditReport(612, language, Set.of(anomaly), seed++)));
                documents.add(named(anomaly, Evidence.insurance(Insurer.values()[(int) (seed % Insurer.values().length)],
                        "20000.00", language, Set.of(anomaly), seed++)));
            }
        }
        return documents.build();
    }

    private static Arguments named(Anomaly anomaly, GeneratedDocument document) {
        return Arguments.of(anomaly, Named.of(document.fileName(), document));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("documents")
    void raisesTheSignalOfThePlantedAnomaly(Anomaly anomaly, GeneratedDocument document) {
        List<TamperSignal> signals = signals(document);
        GroundTruth truth = document.truth();
        String seen = document.fileName() + describe(signals);
        switch (anomaly) {
            case EDITED_BALANCE_INCREMENTAL -> {
                String before = "'" + truth.editedFromText().orElseThrow() + "'";
                String after = "'" + keyFigure(document).sourceText() + "'";
                List<TamperSignal> edits = withCode(signals, IncrementalUpdate.CODE).stream()
                        .filter(s -> s.severity() == Severity.MEDIUM
                                && s.detail().contains(before + " became " + after)).toList();
                assertFalse(edits.isEmpty(), "the edit, before and after: " + seen);
                Figure key = keyFigure(document);
                assertTrue(edits.stream().anyMatch(s -> s.page().orElseThrow() == key.page() && near(s.box().orElseThrow(), key.box())),
                        "pinned to the edited figure " + key.box() + ": " + seen);
                if (document.kind() == DocumentKind.BANK_STATEMENT) {
                    int lastRow = truth.transactions().size();
                    List<TamperSignal> breaks = withCode(signals, BalanceBreak.CODE);
                    assertTrue(breaks.stream().anyMatch(s -> s.detail().startsWith("On row " + lastRow + " (")),
                            "the last row's edited balance no longer adds up: " + seen);
                    assertTrue(breaks.stream().anyMatch(s -> s.detail().startsWith("Opening balance ")
                                    && s.detail().endsWith("but the closing balance printed is " + key.sourceText() + ".")
                                    && s.page().orElseThrow() == key.page()),
                            "nor does the statement as a whole, pinned to its closing balance: " + seen);
                }
            }
            case EDITOR_PRODUCER -> {
                assertTrue(withCode(signals, EditorProducer.CODE).stream().anyMatch(s -> s.severity() == Severity.HIGH), seen);
                assertTrue(withCode(signals, ModifiedAfterCreation.CODE).stream().anyMatch(s -> s.severity() == Severity.LOW), seen);
            }
            case BROKEN_RUNNING_BALANCE -> {
                int row = truth.brokenRow().orElseThrow();
                Transaction broken = truth.transactions().get(row);
                assertTrue(withCode(signals, BalanceBreak.CODE).stream().anyMatch(s -> s.severity() == Severity.HIGH
                                && s.detail().startsWith("On row " + (row + 1) + " (" + broken.date() + ", page " + broken.page() + ")")
                                && s.page().orElseThrow() == broken.page() && within(s.box().orElseThrow(), broken.box())),
                        "row " + (row + 1) + ": " + seen);
            }
            case COVERED_FIGURE -> {
                String hidden = "'" + truth.coveredText().orElseThrow() + "' is hidden under a white box";
                String shown = "'" + keyFigure(document).sourceText() + "' is drawn over it";
                assertTrue(withCode(signals, CoveredText.CODE).stream().anyMatch(s -> s.severity() == Severity.HIGH
                        && s.detail().contains(hidden) && s.detail().contains(shown)), seen);
                // A figure alone in a font the document uses nowhere else is only noted (issuers set a score or
                // a total in a display font of their own); the covered text is what is high.
                assertTrue(withCode(signals, FontMismatch.CODE).stream().anyMatch(s -> s.severity() == Severity.LOW
                        && s.detail().contains("Helvetica")), seen);
            }
            case PARKED_FUNDS -> {
                Transaction parked = truth.transactions().get(truth.parkedRow().orElseThrow());
                List<TamperSignal> credits = withCode(signals, RoundCreditBeforeEnd.CODE);
                assertEquals(1, credits.size(), seen);
                TamperSignal credit = credits.getFirst();
                assertEquals(Severity.MEDIUM, credit.severity());
                assertTrue(credit.detail().contains(" on " + parked.date() + ","), seen);
                assertEquals(parked.page(), credit.page().orElseThrow());
                assertTrue(within(credit.box().orElseThrow(), parked.box()), seen);
            }
        }
    }

    /** The figure a tampering rewrites: a statement's closing balance, else the one key figure of the document. */
    private static Figure keyFigure(GeneratedDocument document) {
        String name = switch (document.kind()) {
            case BANK_STATEMENT -> "closing_balance";
            case DEPOSIT_CERTIFICATE -> "amount";
            case CREDIT_REPORT -> "score";
            case INSURANCE -> "coverage";
            case UNKNOWN -> throw new IllegalArgumentException("no generated document is of unknown kind");
        };
        return document.truth().figure(name).orElseThrow();
    }

    /** Boxes come from different font metrics on each side: a few points of slack. */
    private static boolean near(Box a, Box b) {
        return Math.abs(a.x() - b.x()) <= 4 && Math.abs(a.y() - b.y()) <= 4 && Math.abs(a.width() - b.width()) <= 4
                && Math.abs(a.height() - b.height()) <= 4;
    }

    /** A cell's box lies in its row's band. */
    private static boolean within(Box cell, Box row) {
        double centre = cell.y() + cell.height() / 2;
        return centre >= row.y() && centre <= row.y() + row.height() && cell.x() >= row.x() - 1
                && cell.x() + cell.width() <= row.x() + row.width() + 1;
    }
}
