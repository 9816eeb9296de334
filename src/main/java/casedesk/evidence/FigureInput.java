package casedesk.evidence;

import casedesk.evidence.parse.Amounts;
import casedesk.evidence.parse.Currencies;
import casedesk.evidence.parse.Dates;
import casedesk.model.FigureNames;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import java.text.Normalizer;
import java.util.Optional;

/**
 * A figure's value as an officer types it, or as the text under a box drawn on the page reads: an
 * amount in any notation the reader accepts ("86,400.00", "EUR 30 000,00", "¥300,850.00"), a date
 * in any form it reads, a score as a whole number, anything else as the text. The reader's own
 * parsers, so that a corrected figure means what a read one would.
 */
public final class FigureInput {

    private FigureInput() {
    }

    /**
     * @param currency the currency of an amount that names none: the document's
     * @return the value, or empty when the text is no value of the figure's type
     */
    public static Optional<FigureValue> parse(String name, String text, Optional<String> currency) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return switch (FigureNames.type(name)) {
            case AMOUNT -> amount(s, currency);
            case DATE -> Dates.parse(s.replaceAll("[\\[\\]()（）【】]", "").strip()).map(FigureValue.Date::new);
            case NUMBER -> s.matches("\\d{1,4}") ? Optional.of(new FigureValue.Number(Long.parseLong(s))) : Optional.empty();
            case TEXT -> name.equals("currency")
                    ? Currencies.find(s).map(FigureValue.Text::new)
                    : Optional.of(new FigureValue.Text(s.replaceAll("\\s+", " ")));
        };
    }

    private static Optional<FigureValue> amount(String text, Optional<String> currency) {
        Optional<Amounts.Parsed> parsed = Amounts.parse(text);
        if (parsed.isEmpty()) {
            // "EUR 30 000,00" or "30,000.00 CNY": a currency apart from the number.
            String[] parts = text.split("\\s+", 2);
            if (parts.length == 2) {
                Optional<String> before = Currencies.code(parts[0]);
                if (before.isPresent()) {
                    return Amounts.parse(parts[1]).map(p -> amount(p.value(), before.get()));
                }
            }
            int last = text.lastIndexOf(' ');
            if (last > 0) {
                Optional<String> after = Currencies.code(text.substring(last + 1));
                if (after.isPresent()) {
                    return Amounts.parse(text.substring(0, last)).map(p -> amount(p.value(), after.get()));
                }
            }
            return Optional.empty();
        }
        Optional<String> code = parsed.get().currency().or(() -> currency);
        return code.map(c -> amount(parsed.get().value(), c));
    }

    private static FigureValue amount(java.math.BigDecimal value, String currency) {
        return new FigureValue.Amount(Money.of(value.scale() < 2 ? value.setScale(2) : value, currency));
    }
}
