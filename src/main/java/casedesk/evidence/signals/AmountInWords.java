package casedesk.evidence.signals;

import casedesk.evidence.figures.Labels;
import casedesk.evidence.figures.ValueFinder;
import casedesk.evidence.parse.Amounts;
import casedesk.evidence.parse.ChineseNumerals;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import casedesk.model.DocumentKind;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A certificate's amount in Chinese capital numerals (大写) that is not its amount in figures, medium
 * since the reader may have taken its figure from the wrong place. Banks
 * print both so that one cannot be changed without the other; an amount raised in figures alone
 * shows here. Words the reader cannot read as numerals are passed over: that proves nothing.
 */
final class AmountInWords implements Detector {

    static final String CODE = "amount-words-mismatch";
    private static final List<String> LABELS = List.of("存款金额(大写)", "金额(大写)", "大写金额", "大写", "人民币(大写)",
            "金额大写");

    @Override
    public Check check() {
        return new Check(CODE, "An amount in Chinese capital numerals (大写) that is not the amount in figures beside it.");
    }

    @Override
    public List<TamperSignal> detect(SignalInput input) {
        if (input.reading().kind() != DocumentKind.DEPOSIT_CERTIFICATE) {
            return List.of();
        }
        Optional<Figure> amount = input.reading().figure("amount");
        if (amount.isEmpty() || !(amount.get().value() instanceof FigureValue.Amount(Money figures))) {
            return List.of();
        }
        List<TamperSignal> signals = new ArrayList<>();
        for (Labels.Hit hit : Labels.find(input.reading().pages(), LABELS)) {
            List<Word> value = ValueFinder.rightOf(hit);
            if (value.isEmpty()) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            value.forEach(w -> text.append(w.text()));
            Optional<ChineseNumerals.Parsed> parsed = ChineseNumerals.parse(text.toString());
            if (parsed.isEmpty()) {
                continue;
            }
            boolean printedElsewhere = printedElsewhere(input, parsed.get().value(), amount.get());
            if (parsed.get().value().compareTo(figures.amount()) != 0 && !printedElsewhere) {
                Box box = value.getFirst().box();
                for (Word word : value) {
                    box = box.union(word.box());
                }
                signals.add(TamperSignal.onPage(CODE, Severity.MEDIUM,
                        Phrase.of("signal.amount-words", Wording.quote(text.toString()),
                                Wording.amount(parsed.get().value()), Wording.amount(figures.amount())),
                        hit.page().number(), box));
            }
            break;
        }
        return signals;
    }

    /**
     * Whether the amount in words is printed in figures somewhere else than where the reader took the
     * amount from (another account, a total): then the reader may have taken the wrong figure, and
     * the words prove nothing against the document.
     */
    private static boolean printedElsewhere(SignalInput input, java.math.BigDecimal value, Figure amount) {
        for (var page : input.reading().pages()) {
            for (var line : page.lines()) {
                for (Word word : line.words()) {
                    boolean atFigure = page.number() == amount.page() && Wording.intersects(word.box(), amount.box());
                    if (!atFigure && Amounts.parse(word.text()).map(p -> p.value().compareTo(value) == 0).orElse(false)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
