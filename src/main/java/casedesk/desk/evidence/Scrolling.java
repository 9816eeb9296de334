package casedesk.desk.evidence;

/** Where a scroll bar must be for a stretch of the content to be in view: the arithmetic, apart from the nodes. */
final class Scrolling {

    /** Space kept between the stretch and the viewport's edge, when there is room for it. */
    static final double MARGIN = 24;

    private Scrolling() {
    }

    /**
     * The scroll value (0 to 1, as a {@code ScrollPane}'s) that shows {@code [start, start + length]}
     * of content {@code content} long in a viewport {@code viewport} long: {@code current} when it is
     * in view already, else the value that centres it (or shows its start, when it is longer than the
     * viewport).
     */
    static double valueShowing(double start, double length, double content, double viewport, double current) {
        double range = content - viewport;
        if (range <= 0) {
            return current;
        }
        double offset = current * range;
        double margin = Math.clamp((viewport - length) / 2, 0, MARGIN);
        if (start - margin >= offset && start + length + margin <= offset + viewport) {
            return current;
        }
        double wanted = length + 2 * margin <= viewport ? start + length / 2 - viewport / 2 : start - margin;
        return Math.clamp(wanted / range, 0, 1);
    }
}
