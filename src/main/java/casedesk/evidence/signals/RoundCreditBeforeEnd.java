package casedesk.evidence.signals;

import casedesk.evidence.statement.StatementRow;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A large round credit in the last days of the statement: money borrowed for a few days to pass the
 * means check looks like this. A hint for the officer, not a rule: the funds-parking rule, with
 * thresholds an administrator sets, is the rules' business.
 */
final class RoundCreditBeforeEnd implements Detector {

    static final String CODE = "round-credit-before-end";

    /** How close to the end of the period a credit must be. */
    static final int LAST_DAYS = 7;
    /** How large, against the closing balance. */
    static final BigDecimal SHARE_OF_CLOSING = new BigDecimal("0.10");
    /** Round means a multiple of this... */
    static final BigDecimal ROUND = new BigDecimal("1000");
    /** ...or of this from {@link #LARGE} on, where a multiple of a thousand is ordinary. */
    static final BigDecimal ROUND_LARGE = new BigDecimal("5000");
    static final BigDecimal LARGE = new BigDecimal("100000");

    @Override
    public Check check() {
        return new Check(CODE, "A round credit (a multiple of 1,000, or of 5,000 from 100,000 on) of at least 10% of "
                + "the closing balance in the last 7 days of the statement.");
    }

    @Override
    public List<TamperSignal> detect(SignalInput input) {
        List<StatementRow> rows = input.reading().rows();
        if (rows.isEmpty()) {
            return List.of();
        }
        Optional<LocalDate> end = input.reading().figure("period_end")
                .flatMap(f -> f.value() instanceof FigureValue.Date(LocalDate date) ? Optional.of(date) : Optional.empty())
                .or(() -> Optional.of(rows.getLast().transaction().date()));
        Optional<Money> closing = input.reading().figure("closing_balance")
                .flatMap(f -> f.value() instanceof FigureValue.Amount(Money money) ? Optional.of(money) : Optional.empty())
                .or(() -> rows.getLast().transaction().balance());
        if (closing.isEmpty() || closing.get().amount().signum() <= 0) {
            return List.of();
        }
        BigDecimal least = closing.get().amount().multiply(SHARE_OF_CLOSING);
        List<TamperSignal> signals = new ArrayList<>();
        for (StatementRow row : rows) {
            Transaction t = row.transaction();
            long before = ChronoUnit.DAYS.between(t.date(), end.get());
            BigDecimal amount = t.amount().amount();
            if (!t.isCredit() || before < 0 || before > LAST_DAYS || amount.compareTo(least) < 0 || !isRound(amount)) {
                continue;
            }
            BigDecimal share = amount.multiply(BigDecimal.valueOf(100)).divide(closing.get().amount(), 0, RoundingMode.HALF_UP);
            Phrase when = before == 0 ? Phrase.of("signal.round-credit.last-day", end.get())
                    : Phrase.of("signal.round-credit.before-end", Phrase.of("days", before), end.get());
            signals.add(TamperSignal.onPage(CODE, Severity.MEDIUM, Phrase.of("signal.round-credit", Wording.money(t.amount()),
                    t.date(), when, Phrase.of("percent", new Phrase.Exact(share)), Wording.amount(closing.get().amount())),
                    t.page(), row.amountBox()));
        }
        return signals;
    }

    static boolean isRound(BigDecimal amount) {
        if (amount.compareTo(ROUND) < 0) {
            return false;
        }
        BigDecimal step = amount.compareTo(LARGE) >= 0 ? ROUND_LARGE : ROUND;
        return amount.remainder(step).signum() == 0;
    }
}
