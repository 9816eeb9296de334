package casedesk.demo.documents;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Finishing for documents with one key figure (a certificate's amount, a report's score, a policy's
 * cover): plants the covering or the incremental edit on that figure, the editor metadata, and saves.
 */
final class KeyFigureFinish {

    /** The saved file and where the key figure ended up as shown. */
    record Result(byte[] pdf, Placed shown, Optional<String> coveredText, Optional<String> editedFromText, int revisions) {
    }

    private KeyFigureFinish() {
    }

    /**
     * @param raise a higher value's text, given a random source and what can be printed
     */
    static Result finish(PdfWriter writer, Placed key, BiFunction<SplittableRandom, Predicate<String>, String> raise,
                         boolean alignRight, DocumentInfo genuine, Set<Anomaly> anomalies, long seed,
                         Optional<String> password) {
        SplittableRandom tamperRandom = Seeds.random(seed, 2);
        Placed shown = key;
        Optional<String> covered = Optional.empty();
        Optional<String> editedFrom = Optional.empty();
        List<PdfWriter.TextEdit> edits = List.of();
        if (anomalies.contains(Anomaly.COVERED_FIGURE)) {
            covered = Optional.of(key.text());
            shown = writer.cover(key, raise.apply(tamperRandom, text -> true), alignRight);
        }
        if (anomalies.contains(Anomaly.EDITED_BALANCE_INCREMENTAL)) {
            PdfWriter.TextEdit edit = new PdfWriter.TextEdit(key, raise.apply(tamperRandom, writer::inEmbeddedSubset));
            edits = List.of(edit);
            editedFrom = Optional.of(key.text());
            shown = new Placed(edit.newText(), key.page(), key.x(), key.baseline(), key.size(), edit.newBox(writer), 0);
        }
        SplittableRandom metaRandom = Seeds.random(seed, 4);
        boolean editor = anomalies.contains(Anomaly.EDITOR_PRODUCER);
        DocumentInfo info = editor && edits.isEmpty() ? genuine.editedWithTool(metaRandom) : genuine;
        Optional<DocumentInfo> afterEdit = editor && !edits.isEmpty()
                ? Optional.of(genuine.editedWithTool(metaRandom)) : Optional.empty();
        byte[] pdf = writer.save(info, seed, password, edits, afterEdit);
        return new Result(pdf, shown, covered, editedFrom, edits.isEmpty() ? 1 : 2);
    }
}
