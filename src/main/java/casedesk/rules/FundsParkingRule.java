package casedesk.rules;

import casedesk.model.DocumentKind;
import casedesk.model.Money;
import casedesk.model.Phrase;
import casedesk.model.StoredFigure;
import casedesk.model.Transaction;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Funds parking: money moved in just before the statement ends to pass the check. Credits in the
 * last days of the period that make up a large share of the closing balance ask for review, naming
 * them. A credit from a payer who already paid into the account in an earlier month, and not many
 * times more than before (a salary, a bonus from the same employer), is income, not parked money.
 */
final class FundsParkingRule implements Rule {

    static final String ID = "funds-parking";
    /** A payer's credit up to this many times its largest earlier one is still its kind of payment. */
    private static final BigDecimal REGULAR_MULTIPLE = new BigDecimal("3");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verdict evaluate(Context context) {
        if (context.path == Path.SESAME) {
            return context.verdict(ID, VerdictStatus.PASS, Phrase.of("not-needed-on-sesame"), List.of());
        }
        RuleSet.FundsParking rules = context.ruleSet.fundsParking();
        List<CaseFile.Evidence> statements = context.file.ofKind(DocumentKind.BANK_STATEMENT);
        if (statements.stream().allMatch(s -> s.transactions().isEmpty())) {
            return context.verdict(ID, VerdictStatus.MISSING, Phrase.of("funds-parking.missing"), List.of());
        }
        List<Phrase> parked = new ArrayList<>();
        List<Phrase> fine = new ArrayList<>();
        List<StoredFigure> used = new ArrayList<>();
        for (CaseFile.Evidence statement : statements) {
            Optional<Money> closing = statement.money("closing_balance");
            if (statement.transactions().isEmpty() || closing.isEmpty() || closing.get().amount().signum() <= 0) {
                continue;
            }
            LocalDate end = statement.date("period_end").orElse(statement.transactions().getLast().date());
            LocalDate from = end.minusDays(rules.windowDays() - 1L);
            List<Transaction> late = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Transaction t : statement.transactions()) {
                if (t.isCredit() && !t.date().isBefore(from) && !t.date().isAfter(end) && !isRegular(t, statement, from)) {
                    late.add(t);
                    sum = sum.add(t.amount().amount());
                }
            }
            Phrase percent = Phrase.of("percent",
                    sum.movePointRight(2).divide(closing.get().amount(), 0, RoundingMode.HALF_EVEN).longValueExact());
            // Compared exactly: a share just under the limit must not round up to it.
            boolean large = sum.compareTo(closing.get().amount().multiply(rules.shareOfClosing())) >= 0;
            if (!late.isEmpty() && large) {
                statement.figure("closing_balance").ifPresent(used::add);
                List<Phrase> named = late.stream().map(t -> t.counterparty().isBlank()
                        ? (t.description().isBlank() ? Phrase.of("funds-parking.credit", t.date(), t.amount())
                                : Phrase.of("funds-parking.credit.described", t.date(), t.amount(), t.description()))
                        : Phrase.of("funds-parking.credit.from", t.date(), t.amount(), t.counterparty())).toList();
                parked.add(Phrase.of("funds-parking.parked", statement.fileName(),
                        Money.of(sum, closing.get().currencyCode()), Context.days(rules.windowDays()), end,
                        Phrase.join(", ", named), percent, closing.get()));
            } else {
                fine.add(Phrase.of("funds-parking.fine", statement.fileName(), percent));
            }
        }
        Phrase limit = Phrase.of("funds-parking.limit",
                new Phrase.Exact(rules.shareOfClosing().movePointRight(2).stripTrailingZeros()));
        if (!parked.isEmpty()) {
            return context.refusable(ID, VerdictStatus.REVIEW, Phrase.of("funds-parking.review",
                    Phrase.join(" ", parked), limit.capitalised()), used);
        }
        return context.verdict(ID, VerdictStatus.PASS, Phrase.of("funds-parking.pass", Context.days(rules.windowDays()),
                Phrase.join("; ", fine), limit), used);
    }

    /** A credit from a payer who paid into the account in an earlier month, not many times more than then. */
    private static boolean isRegular(Transaction credit, CaseFile.Evidence statement, LocalDate windowStart) {
        String payer = credit.counterparty().isBlank() ? credit.description() : credit.counterparty();
        if (payer.isBlank()) {
            return false;
        }
        BigDecimal largestEarlier = BigDecimal.ZERO;
        for (Transaction earlier : statement.transactions()) {
            String earlierPayer = earlier.counterparty().isBlank() ? earlier.description() : earlier.counterparty();
            boolean before = earlier.date().isBefore(windowStart) && earlier.date().isBefore(credit.date().minusDays(20));
            if (before && earlier.isCredit() && earlierPayer.equals(payer)) {
                largestEarlier = largestEarlier.max(earlier.amount().amount());
            }
        }
        return largestEarlier.signum() > 0
                && credit.amount().amount().compareTo(largestEarlier.multiply(REGULAR_MULTIPLE)) <= 0;
    }
}
