package casedesk.evidence;

import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Header figures some statements print without a label: the holder as the first line of the
 * address block ("MR TANG YIMING"), a WeChat ID as the account of a WeChat Pay bill.
 */
final class Unlabelled {

    private static final Set<String> TITLES = Set.of("MR", "MRS", "MS", "MISS", "MDM", "MADAM", "DR", "MR.", "MRS.",
            "MS.", "DR.");
    private static final Pattern NAME_WORD = Pattern.compile("[A-Z][A-Z'-]*");
    private static final Pattern WECHAT_ID = Pattern.compile("wxid_[A-Za-z0-9_-]{4,}");

    private Unlabelled() {
    }

    /** A line that begins with a title and one to four capitalised names, up to the first wide gap. */
    static Optional<Figure> holder(PageText page) {
        for (Line line : page.lines()) {
            List<Word> words = line.words();
            if (words.size() < 2 || !TITLES.contains(words.getFirst().text())) {
                continue;
            }
            List<Word> name = new ArrayList<>(List.of(words.getFirst()));
            for (int i = 1; i < words.size() && name.size() <= 5; i++) {
                Word word = words.get(i);
                if (word.left() - name.getLast().right() > 1.5 * word.size() || !NAME_WORD.matcher(word.text()).matches()) {
                    break;
                }
                name.add(word);
            }
            if (name.size() >= 3 || name.size() == 2 && name.getLast().text().length() > 1) {
                String text = String.join(" ", name.stream().map(Word::text).toList());
                Box box = name.getFirst().box();
                for (Word word : name) {
                    box = box.union(word.box());
                }
                return Optional.of(new Figure("holder", new FigureValue.Text(text), page.number(), box, text));
            }
        }
        return Optional.empty();
    }

    /** A WeChat ID ("wxid_4n10nd7kaeq2xb") on the page: the account a WeChat Pay bill is for. */
    static Optional<Figure> account(PageText page) {
        for (Line line : page.lines()) {
            for (Word word : line.words()) {
                var m = WECHAT_ID.matcher(word.text());
                if (m.find()) {
                    return Optional.of(new Figure("account_number", new FigureValue.Text(m.group()), page.number(),
                            word.box(), word.text()));
                }
            }
        }
        return Optional.empty();
    }
}
