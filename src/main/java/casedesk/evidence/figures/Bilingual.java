package casedesk.evidence.figures;

import casedesk.evidence.text.Glyph;
import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Bilingual statements join a label to its translation with a slash and no space: "户名/Account
 * Name", "卡号/A/C No.", "Account Name/户名". The text layer makes "户名/Account" one word, which no
 * label is. Split at such a slash, into the Chinese part, the slash and the other part, the labels
 * on either side can be found. A slash within one script stays: "A/C", "收/支", "卡号/账号" are words
 * of their own.
 */
final class Bilingual {

    private Bilingual() {
    }

    /** The pages with every word that joins two scripts by a slash split there. */
    static List<PageText> split(List<PageText> pages) {
        List<PageText> split = new ArrayList<>(pages.size());
        for (PageText page : pages) {
            List<Line> lines = new ArrayList<>(page.lines().size());
            boolean changed = false;
            for (Line line : page.lines()) {
                List<Word> words = new ArrayList<>(line.words().size());
                for (Word word : line.words()) {
                    split(word, words);
                }
                changed |= words.size() != line.words().size();
                lines.add(words.size() == line.words().size() ? line : new Line(words, line.box(), line.baseline()));
            }
            split.add(!changed ? page : new PageText(page.number(), page.width(), page.height(), lines,
                    page.hiddenGlyphs(), page.shapes(), page.glyphCount(), page.markedContent(), page.rules()));
        }
        return split;
    }

    private static void split(Word word, List<Word> into) {
        List<Glyph> glyphs = word.glyphs();
        int from = 0;
        for (int i = 1; i < glyphs.size() - 1; i++) {
            if (glyphs.get(i).text().equals("/") && han(glyphs.get(i - 1)) != han(glyphs.get(i + 1))
                    && letter(glyphs.get(i - 1)) && letter(glyphs.get(i + 1))) {
                into.add(word.slice(from, i));
                into.add(word.slice(i, i + 1));
                from = i + 1;
            }
        }
        into.add(from == 0 ? word : word.slice(from, glyphs.size()));
    }

    private static boolean han(Glyph glyph) {
        return Character.UnicodeScript.of(glyph.text().codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /** A letter, or the full stop of an abbreviation ("No./账号"). */
    private static boolean letter(Glyph glyph) {
        return Character.isLetter(glyph.text().codePointAt(0)) || glyph.text().equals(".");
    }
}
