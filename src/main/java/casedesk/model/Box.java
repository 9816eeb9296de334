package casedesk.model;

/**
 * A rectangle on a PDF page, in PDF points (1/72 inch), measured from the top-left corner of the
 * page: the convention of the command-line JSON and of the evidence viewer.
 */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a box cannot have a negative size: " + width + " x " + height);
        }
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        double right = Math.max(x + width, other.x + other.width);
        double bottom = Math.max(y + height, other.y + other.height);
        return new Box(left, top, right - left, bottom - top);
    }
}
