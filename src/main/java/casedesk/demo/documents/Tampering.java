package casedesk.demo.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/** The values a forger would put in place of the real ones: always more, never less. */
final class Tampering {

    private Tampering() {
    }

    /**
     * A higher amount, preferably of the same printed length (the leading digit raised, as a quick
     * edit does), else the old amount plus a round sum. {@code printable} says whether a text can be
     * set with the glyphs at hand (an incremental edit can only reuse glyphs already embedded).
     */
    static BigDecimal raisedAmount(BigDecimal old, SplittableRandom random, Predicate<String> printable, double unit) {
        BigDecimal base = old.setScale(2, RoundingMode.UNNECESSARY);
        List<BigDecimal> candidates = new ArrayList<>();
        String whole = base.setScale(0, RoundingMode.DOWN).toPlainString();
        int lead = whole.charAt(0) - '0';
        if (base.compareTo(BigDecimal.valueOf(100)) >= 0 && lead < 9) {
            int raisedLead = lead + 1 + random.nextInt(9 - lead);
            candidates.add(base.add(BigDecimal.valueOf(raisedLead - lead).movePointRight(whole.length() - 1)));
        }
        for (int round : new int[] {50_000, 20_000, 100_000, 10_000, 200_000, 30_000}) {
            candidates.add(base.add(BigDecimal.valueOf(Math.max(100, Math.round(round * unit)))));
        }
        for (BigDecimal candidate : candidates) {
            BigDecimal amount = candidate.setScale(2, RoundingMode.UNNECESSARY);
            if (printable.test(Formats.amount(amount))) {
                return amount;
            }
        }
        throw new IllegalStateException("no raised amount for " + base + " can be printed with the embedded glyphs");
    }

    /** A higher Sesame score, within the scale. */
    static int raisedScore(int old, SplittableRandom random, Predicate<String> printable) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = Math.min(950, Math.max(old + 1, 760 + random.nextInt(120)));
            if (candidate != old && printable.test(Integer.toString(candidate))) {
                return candidate;
            }
        }
        for (int candidate = 950; candidate > old; candidate--) {
            if (printable.test(Integer.toString(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no raised score for " + old + " can be printed with the embedded glyphs");
    }
}
