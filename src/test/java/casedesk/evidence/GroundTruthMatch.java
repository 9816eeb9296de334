package casedesk.evidence;

import casedesk.demo.documents.GeneratedDocument;
import casedesk.demo.documents.GroundTruth;
import casedesk.model.Box;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Transaction;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares what was read with what the generator knows it wrote: every figure (name, value, page,
 * box) and every transaction (date, description, amount, balance, counterparty, page, row).
 * Returns the differences in words, so a failing test says what is wrong.
 */
final class GroundTruthMatch {

    /** Boxes come from different font metrics on each side: a few points of slack. */
    static final double TOLERANCE = 4;

    private GroundTruthMatch() {
    }

    static List<String> differences(GeneratedDocument document, Reading reading) {
        GroundTruth truth = document.truth();
        List<String> differences = new ArrayList<>();
        if (reading.kind() != document.kind()) {
            differences.add("kind " + reading.kind() + " instead of " + document.kind());
        }
        for (Figure expected : truth.figures()) {
            Optional<Figure> read = reading.figure(expected.name());
            if (read.isEmpty()) {
                differences.add("no " + expected.name() + " (expected " + expected.value().canonical() + ")");
                continue;
            }
            Figure actual = read.get();
            if (!actual.value().equals(normalised(expected.value()))) {
                differences.add(expected.name() + " = " + actual.value().canonical() + " [" + actual.sourceText()
                        + "] instead of " + expected.value().canonical() + " [" + expected.sourceText() + "]");
            }
            if (actual.page() != expected.page()) {
                differences.add(expected.name() + " on page " + actual.page() + " instead of " + expected.page());
            } else if (!near(actual.box(), expected.box())) {
                differences.add(expected.name() + " at " + actual.box() + " instead of " + expected.box());
            }
        }
        for (Figure extra : reading.figures()) {
            if (truth.figure(extra.name()).isEmpty()) {
                differences.add("unexpected figure " + extra.name() + " = " + extra.value().canonical());
            }
        }
        List<Transaction> read = reading.transactions();
        List<Transaction> expected = truth.transactions();
        if (read.size() != expected.size()) {
            differences.add(read.size() + " transactions instead of " + expected.size());
        }
        for (int i = 0; i < Math.min(read.size(), expected.size()); i++) {
            Transaction a = read.get(i);
            Transaction e = expected.get(i);
            boolean same = a.date().equals(e.date()) && a.description().equals(nfkc(e.description()))
                    && a.amount().isSameValueAs(e.amount()) && a.counterparty().equals(nfkc(e.counterparty()))
                    && a.page() == e.page()
                    && a.balance().map(b -> e.balance().map(b::isSameValueAs).orElse(false)).orElse(e.balance().isEmpty());
            if (!same) {
                differences.add("row " + (i + 1) + ": " + a + "\n    instead of " + e);
            } else if (!within(a.box(), e.box())) {
                differences.add("row " + (i + 1) + " at " + a.box() + " instead of " + e.box());
            }
        }
        return differences;
    }

    /** Text is read NFKC-normalised (full-width brackets become ASCII ones, Kangxi radicals ideographs). */
    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static FigureValue normalised(FigureValue value) {
        return value instanceof FigureValue.Text(String text) ? new FigureValue.Text(nfkc(text)) : value;
    }

    /** The row's text lies in the row's band (the generator's band includes the row's padding). */
    private static boolean within(Box text, Box band) {
        double center = text.y() + text.height() / 2;
        return center >= band.y() && center <= band.y() + band.height() && text.height() <= band.height() + TOLERANCE;
    }

    private static boolean near(Box a, Box b) {
        return Math.abs(a.x() - b.x()) <= TOLERANCE && Math.abs(a.y() - b.y()) <= TOLERANCE
                && Math.abs(a.width() - b.width()) <= TOLERANCE && Math.abs(a.height() - b.height()) <= TOLERANCE;
    }
}
