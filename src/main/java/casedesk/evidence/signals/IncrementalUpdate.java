package casedesk.evidence.signals;

import casedesk.evidence.text.PageText;
import casedesk.evidence.text.TextLayer;
import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The file was saved more than once, each save appended to the one before (an incremental update).
 * Banks' systems sometimes do this (to add a signature, a stamp or metadata), so a later save that
 * leaves the pages' text as it was is LOW; one that changes what a page says is MEDIUM, and each
 * change is shown with the text before and after. Only then is the first save opened and read a
 * second time.
 */
final class IncrementalUpdate implements Detector {

    static final String CODE = "incremental-update";

    /** Past this many changes, the rest are counted in one last signal rather than listed. */
    private static final int CHANGES_LISTED = 5;

    @Override
    public Check check() {
        return new Check(CODE, "The file was saved more than once (incremental updates), and whether a later save "
                + "changed what its pages say.");
    }

    @Override
    public List<TamperSignal> detect(SignalInput input) {
        List<Integer> ends = Revisions.ends(input.bytes());
        int saves = ends.size();
        if (saves < 2) {
            return List.of();
        }
        Phrase inAll = Phrase.of("signal.incremental-update.saves", saves);
        List<PageText> first;
        try (PDDocument original = Loader.loadPDF(Arrays.copyOf(input.bytes(), ends.getFirst()), input.password())) {
            first = TextLayer.read(original, () -> { });
        } catch (IOException | RuntimeException e) {
            return List.of(TamperSignal.documentWide(CODE, Severity.LOW, Phrase.of("signal.incremental-update.unopened", saves,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
        List<PageText> last = input.reading().pages();
        List<TamperSignal> signals = new ArrayList<>();
        if (first.size() != last.size()) {
            signals.add(TamperSignal.documentWide(CODE, Severity.MEDIUM,
                    Phrase.of("signal.incremental-update.pages", first.size(), last.size(), inAll)));
        }
        List<TextChanges.Change> changes = new ArrayList<>();
        for (int i = 0; i < Math.min(first.size(), last.size()); i++) {
            changes.addAll(TextChanges.between(first.get(i), last.get(i)));
        }
        for (TextChanges.Change change : changes.subList(0, Math.min(CHANGES_LISTED, changes.size()))) {
            signals.add(TamperSignal.onPage(CODE, Severity.MEDIUM, sentence(change, inAll), change.page(), change.box()));
        }
        if (changes.size() > CHANGES_LISTED) {
            List<Integer> pages = changes.subList(CHANGES_LISTED, changes.size()).stream()
                    .map(TextChanges.Change::page).distinct().toList();
            String numbers = pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
            signals.add(TamperSignal.documentWide(CODE, Severity.MEDIUM, Phrase.of("signal.incremental-update.more",
                    changes.size() - CHANGES_LISTED, Phrase.of("signal.incremental-update.on-pages", pages.size(), numbers),
                    inAll)));
        }
        if (signals.isEmpty()) {
            signals.add(TamperSignal.documentWide(CODE, Severity.LOW, Phrase.of("signal.incremental-update.text-kept", saves)));
        }
        return signals;
    }

    private static Phrase sentence(TextChanges.Change change, Phrase inAll) {
        if (change.before().isEmpty()) {
            return Phrase.of("signal.incremental-update.added", change.page(), Wording.quote(change.after()), inAll);
        }
        if (change.after().isEmpty()) {
            return Phrase.of("signal.incremental-update.removed", change.page(), Wording.quote(change.before()), inAll);
        }
        return Phrase.of("signal.incremental-update.changed", change.page(), Wording.quote(change.before()),
                Wording.quote(change.after()), inAll);
    }
}
