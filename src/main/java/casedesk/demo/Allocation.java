package casedesk.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * Splits {@code n} cases between categories in proportion to their weights, exactly (largest
 * remainder), and deals them out in a shuffled order fixed by the seed. Drawing each case at random
 * instead would leave a 60-case demo without some anomalies by bad luck.
 */
final class Allocation {

    private Allocation() {
    }

    static <T> List<T> deal(int n, List<T> categories, ToIntFunction<T> weight, long seed) {
        int total = categories.stream().mapToInt(weight).sum();
        int[] counts = new int[categories.size()];
        double[] remainders = new double[categories.size()];
        int dealt = 0;
        for (int i = 0; i < categories.size(); i++) {
            double exact = (double) n * weight.applyAsInt(categories.get(i)) / total;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            dealt += counts[i];
        }
        while (dealt < n) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            dealt++;
        }
        List<T> cards = new ArrayList<>(n);
        for (int i = 0; i < counts.length; i++) {
            cards.addAll(Collections.nCopies(counts[i], categories.get(i)));
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = cards.size() - 1; i > 0; i--) {
            Collections.swap(cards, i, random.nextInt(i + 1));
        }
        return cards;
    }
}
