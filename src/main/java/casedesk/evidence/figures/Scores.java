package casedesk.evidence.figures;

/** Sesame credit scores run from 350 to 950: a number outside is no score. */
public final class Scores {

    public static final int LOWEST = 350;
    public static final int HIGHEST = 950;

    private Scores() {
    }

    public static boolean inRange(long score) {
        return score >= LOWEST && score <= HIGHEST;
    }
}
