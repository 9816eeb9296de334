package casedesk.desk.evidence;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;

/**
 * One page in the viewer's strip of thumbnails. Its image arrives when the strip first shows it
 * ({@link EvidenceViewModel#requestThumbnail}), rendered in the background.
 *
 * @see EvidenceViewModel#thumbnails()
 */
public final class Thumbnail {

    private final int page;
    private final double width;
    private final double height;
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();

    Thumbnail(int page, double width, double height) {
        this.page = page;
        this.width = width;
        this.height = height;
    }

    /** 1-based. */
    public int page() {
        return page;
    }

    /** The thumbnail's size in logical pixels, known before its image is: the strip does not jump when it arrives. */
    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    void setImage(Image rendered) {
        image.set(rendered);
    }

    boolean hasImage() {
        return image.get() != null;
    }
}
