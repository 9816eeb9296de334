package casedesk.evidence.signals;

import casedesk.evidence.text.Glyph;
import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Shape;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text that a paper-coloured box or an opaque annotation, drawn after it, hides from the eye while it
 * stays in the file: the quickest way to change a figure is to paint over it and write a new one on
 * top. The text layer already knows which glyphs are hidden and by what; this says what is hidden
 * and what is shown over it, one signal per covering shape.
 */
final class CoveredText implements Detector {

    static final String CODE = "covered-text";

    @Override
    public Check check() {
        return new Check(CODE, "Text hidden under a white box or an opaque annotation drawn over it, "
                + "and what is written on top.");
    }

    @Override
    public List<TamperSignal> detect(SignalInput input) {
        List<TamperSignal> signals = new ArrayList<>();
        for (PageText page : input.reading().pages()) {
            Map<Shape, List<Glyph>> byShape = new LinkedHashMap<>();
            for (Glyph glyph : page.hiddenGlyphs()) {
                page.shapes().stream().filter(shape -> shape.hides(glyph))
                        .min(Comparator.comparingInt(Shape::order))
                        .ifPresent(shape -> byShape.computeIfAbsent(shape, s -> new ArrayList<>()).add(glyph));
            }
            for (Map.Entry<Shape, List<Glyph>> covered : byShape.entrySet()) {
                signals.add(signal(page, covered.getKey(), covered.getValue()));
            }
        }
        return signals;
    }

    private static TamperSignal signal(PageText page, Shape shape, List<Glyph> hidden) {
        Box box = hidden.getFirst().box();
        for (Glyph glyph : hidden) {
            box = box.union(glyph.box());
        }
        Phrase detail;
        if (shape.isAnnotation()) {
            // What an annotation paints is its appearance, which is not part of the page's text.
            detail = Phrase.of("signal.covered-text.annotation", Wording.quote(text(hidden)), shape.annotation(),
                    page.number());
        } else {
            String over = drawnOver(page, shape);
            detail = over.isEmpty() ? Phrase.of("signal.covered-text.box", Wording.quote(text(hidden)), page.number())
                    : Phrase.of("signal.covered-text.box-over", Wording.quote(text(hidden)), page.number(),
                            Wording.quote(over));
        }
        return TamperSignal.onPage(CODE, Severity.HIGH, detail, page.number(), box);
    }

    /** The visible words with a glyph drawn after the shape and over it. */
    private static String drawnOver(PageText page, Shape shape) {
        List<String> words = new ArrayList<>();
        for (Line line : page.lines()) {
            for (Word word : line.words()) {
                boolean over = word.glyphs().stream()
                        .anyMatch(g -> g.order() > shape.order() && Wording.intersects(g.box(), shape.box()));
                if (over) {
                    words.add(word.text());
                }
            }
        }
        return String.join(" ", words);
    }

    /** The hidden glyphs as words: in reading order, a space where a gap or a new line falls. */
    private static String text(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(g -> g.box().x()));
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : sorted) {
            if (previous != null) {
                double size = Math.max(1, Math.min(previous.size(), glyph.size()));
                boolean newLine = glyph.baseline() - previous.baseline() > 0.35 * size;
                boolean gap = glyph.box().x() - previous.right() > 0.3 * size;
                if (newLine || gap) {
                    text.append(' ');
                }
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString();
    }
}
