package casedesk.evidence.text;

import casedesk.model.Box;
import java.util.List;
import java.util.stream.Collectors;

/** Words on one baseline, left to right. */
public record Line(List<Word> words, Box box, double baseline) {

    public Line {
        words = List.copyOf(words);
    }

    static Line of(List<Word> words) {
        Box box = words.getFirst().box();
        for (Word word : words) {
            box = box.union(word.box());
        }
        return new Line(words, box, words.getFirst().baseline());
    }

    public String text() {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    public double top() {
        return box.y();
    }

    public double bottom() {
        return box.y() + box.height();
    }
}
