package casedesk.evidence.text;

import casedesk.model.Box;
import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads the text layer of a document in one pass over its content streams: every glyph with its
 * box, font and size, and, in the same pass, the filled rectangles drawn over or under the text
 * (a white box over a figure is how a balance is most simply doctored). PDFBox's own grouping of
 * text into lines is skipped: {@link LineBuilder} groups by position, which is cheaper and keeps
 * the positions. Text is NFKC-normalised, so full-width digits and Kangxi radicals read as the
 * characters they look like.
 */
public final class TextLayer {

    private TextLayer() {
    }

    /**
     * Reads every page.
     *
     * @param onOperator called before each content-stream operator: the caller's time limit
     */
    public static List<PageText> read(PDDocument document, Runnable onOperator) throws IOException {
        Collector collector = new Collector(onOperator);
        collector.setStartPage(1);
        collector.setEndPage(Integer.MAX_VALUE);
        collector.writeText(document, Writer.nullWriter());
        return collector.pages;
    }

    /** Collects positioned glyphs and filled rectangles; writes no text of its own. */
    private static final class Collector extends PDFTextStripper {

        private final Runnable onOperator;
        private final List<PageText> pages = new ArrayList<>();
        private List<Glyph> glyphs;
        private List<Shape> shapes;
        private List<Box> path;
        /** The level and upright straight pieces of the current path, in page space, until it is stroked or dropped. */
        private List<Box> pieces;
        private List<Box> rules;
        private double[] current;
        private Set<String> tags;
        private int order;
        private PageGeometry geometry;
        private final Map<PDFont, float[]> fontMetrics = new IdentityHashMap<>();
        private final Map<PDFont, String> fontNames = new IdentityHashMap<>();
        private static final float[] NO_METRICS = new float[0];

        Collector(Runnable onOperator) {
            this.onOperator = onOperator;
            setSortByPosition(false);
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetNonStrokingColorN(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
            addOperator(new SetNonStrokingDeviceCMYKColor(this));
            addOperator(new Rectangle(this));
            for (String fill : List.of("f", "F", "f*", "B", "B*", "b", "b*")) {
                addOperator(new Fill(this, fill));
            }
            for (String end : List.of("n", "S", "s", "c", "v", "y", "h")) {
                addOperator(new OtherPath(this, end));
            }
            addOperator(new MoveOrLine(this, "m"));
            addOperator(new MoveOrLine(this, "l"));
            for (String mark : List.of("BMC", "BDC", "MP", "DP")) {
                addOperator(new MarkedContent(this, mark));
            }
        }

        @Override
        protected void startPage(PDPage page) {
            glyphs = new ArrayList<>();
            shapes = new ArrayList<>();
            tags = new HashSet<>();
            path = new ArrayList<>();
            pieces = new ArrayList<>();
            rules = new ArrayList<>();
            current = null;
            order = 0;
            geometry = new PageGeometry(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            onOperator.run();
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition position) {
            String unicode = position.getUnicode();
            if (unicode == null || unicode.isEmpty()) {
                return;
            }
            String text = isPlainAscii(unicode) ? unicode : Normalizer.normalize(unicode, Normalizer.Form.NFKC);
            float size = position.getFontSizeInPt();
            double baseline = position.getYDirAdj();
            double[] extent = verticalExtent(position.getFont(), size, position.getHeightDir());
            Box box = new Box(position.getXDirAdj(), baseline - extent[0], Math.max(0, position.getWidthDirAdj()),
                    extent[0] + extent[1]);
            String font = position.getFont() == null ? ""
                    : fontNames.computeIfAbsent(position.getFont(), f -> String.valueOf(f.getName()));
            glyphs.add(new Glyph(text, box, baseline, font, size, order++));
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            try {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    String subtype = annotation.getSubtype();
                    PDRectangle rect = annotation.getRectangle();
                    if (rect == null || subtype == null || subtype.equals("Link") || subtype.equals("Popup")
                            || annotation.isHidden() || annotation.isNoView()) {
                        continue;
                    }
                    shapes.add(new Shape(geometry.box(rect.getLowerLeftX(), rect.getLowerLeftY(),
                            rect.getUpperRightX(), rect.getUpperRightY()), rgb(annotation.getColor()),
                            Integer.MAX_VALUE, subtype));
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable annotation array hides nothing we could show; the text stands.
            }
            List<Glyph> visible = new ArrayList<>(glyphs.size());
            List<Glyph> hidden = new ArrayList<>();
            List<Shape> hiding = shapes.stream().filter(Shape::canHide).toList();
            for (Glyph glyph : glyphs) {
                if (!glyph.isBlank() && isHidden(glyph, hiding)) {
                    hidden.add(glyph);
                } else {
                    visible.add(glyph);
                }
            }
            rules.sort((a, b) -> a.y() != b.y() ? Double.compare(a.y(), b.y()) : Double.compare(a.x(), b.x()));
            pages.add(new PageText(pages.size() + 1, geometry.width, geometry.height, LineBuilder.lines(visible),
                    hidden, shapes, (int) glyphs.stream().filter(g -> !g.isBlank()).count(), tags, rules));
        }

        private static boolean isHidden(Glyph glyph, List<Shape> hiding) {
            for (Shape shape : hiding) {
                if (shape.hides(glyph)) {
                    return true;
                }
            }
            return false;
        }

        /** Ascent above and descent below the baseline, from the font where it says, else PDFBox's estimate. */
        private double[] verticalExtent(PDFont font, float size, float fallbackHeight) {
            float[] metrics = font == null ? NO_METRICS : fontMetrics.computeIfAbsent(font, Collector::metrics);
            if (metrics != NO_METRICS) {
                return new double[] {metrics[0] / 1000.0 * size, metrics[1] / 1000.0 * size};
            }
            return new double[] {Math.max(fallbackHeight, size * 0.7), size * 0.2};
        }

        /** A font's ascent and descent in glyph space, looked up once per font per document. */
        private static float[] metrics(PDFont font) {
            PDFontDescriptor descriptor = font.getFontDescriptor();
            if (descriptor == null || descriptor.getAscent() <= 0) {
                return NO_METRICS;
            }
            return new float[] {descriptor.getAscent(), Math.abs(descriptor.getDescent())};
        }

        /** Most glyphs of a statement are digits and Latin letters, which NFKC leaves as they are. */
        private static boolean isPlainAscii(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }

        private static float[] rgb(PDColor color) {
            if (color == null) {
                return null;
            }
            try {
                int packed = color.toRGB();
                return new float[] {((packed >> 16) & 0xFF) / 255f, ((packed >> 8) & 0xFF) / 255f, (packed & 0xFF) / 255f};
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static float number(List<COSBase> operands, int index) {
            return operands.size() > index && operands.get(index) instanceof COSNumber n ? n.floatValue() : 0f;
        }

        /** {@code re}: a rectangle joins the current path, in device space. */
        private final class Rectangle extends OperatorProcessor {
            Rectangle(Collector context) {
                super(context);
            }

            @Override
            public void process(Operator operator, List<COSBase> operands) {
                float x = number(operands, 0);
                float y = number(operands, 1);
                float w = number(operands, 2);
                float h = number(operands, 3);
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                float[][] corners = {{x, y}, {x + w, y}, {x, y + h}, {x + w, y + h}};
                float minX = Float.MAX_VALUE;
                float minY = Float.MAX_VALUE;
                float maxX = -Float.MAX_VALUE;
                float maxY = -Float.MAX_VALUE;
                for (float[] corner : corners) {
                    var point = ctm.transformPoint(corner[0], corner[1]);
                    minX = Math.min(minX, (float) point.getX());
                    maxX = Math.max(maxX, (float) point.getX());
                    minY = Math.min(minY, (float) point.getY());
                    maxY = Math.max(maxY, (float) point.getY());
                }
                Box box = geometry.box(minX, minY, maxX, maxY);
                path.add(box);
                pieces.add(new Box(box.x(), box.y(), box.width(), 0));
                pieces.add(new Box(box.x(), box.y() + box.height(), box.width(), 0));
                pieces.add(new Box(box.x(), box.y(), 0, box.height()));
                pieces.add(new Box(box.x() + box.width(), box.y(), 0, box.height()));
                current = null;
            }

            @Override
            public String getName() {
                return "re";
            }
        }

        /** A fill: every rectangle of the current path becomes a shape of the current fill colour. */
        private final class Fill extends OperatorProcessor {
            private final String name;

            Fill(Collector context, String name) {
                super(context);
                this.name = name;
            }

            @Override
            public void process(Operator operator, List<COSBase> operands) {
                float[] colour = rgb(getGraphicsState().getNonStrokingColor());
                for (Box box : path) {
                    shapes.add(new Shape(box, colour, order++, ""));
                }
                path.clear();
                if (name.startsWith("B") || name.startsWith("b")) {
                    rules.addAll(pieces);
                }
                pieces.clear();
                current = null;
            }

            @Override
            public String getName() {
                return name;
            }
        }

        /** {@code BMC}, {@code BDC}, {@code MP}, {@code DP}: the tag of a marked-content section or point. */
        private final class MarkedContent extends OperatorProcessor {
            private final String name;

            MarkedContent(Collector context, String name) {
                super(context);
                this.name = name;
            }

            @Override
            public void process(Operator operator, List<COSBase> operands) {
                if (!operands.isEmpty() && operands.getFirst() instanceof org.apache.pdfbox.cos.COSName tag) {
                    tags.add(tag.getName());
                }
            }

            @Override
            public String getName() {
                return name;
            }
        }

        /** Any other path operator: ends or spoils the rectangle path; only rectangles are tracked. */
        private final class OtherPath extends OperatorProcessor {
            private final String name;

            OtherPath(Collector context, String name) {
                super(context);
                this.name = name;
            }

            @Override
            public void process(Operator operator, List<COSBase> operands) {
                if (name.equals("S") || name.equals("s")) {
                    rules.addAll(pieces);
                }
                if (!name.equals("c") && !name.equals("v") && !name.equals("y") && !name.equals("h")) {
                    path.clear();
                    pieces.clear();
                }
                // A curve ends somewhere no straight piece is drawn from; the next piece starts with an m.
                current = null;
            }

            @Override
            public String getName() {
                return name;
            }
        }

        /** {@code m} and {@code l}: a straight level or upright piece of a path is a rule, if the path is stroked. */
        private final class MoveOrLine extends OperatorProcessor {
            private final String name;

            MoveOrLine(Collector context, String name) {
                super(context);
                this.name = name;
            }

            @Override
            public void process(Operator operator, List<COSBase> operands) {
                var point = getGraphicsState().getCurrentTransformationMatrix()
                        .transformPoint(number(operands, 0), number(operands, 1));
                double[] to = {point.getX(), point.getY()};
                boolean horizontal = current != null && Math.abs(current[1] - to[1]) < 0.5
                        && Math.abs(current[0] - to[0]) > 0.5;
                boolean vertical = current != null && Math.abs(current[0] - to[0]) < 0.5
                        && Math.abs(current[1] - to[1]) > 0.5;
                if (name.equals("l") && (horizontal || vertical)) {
                    pieces.add(geometry.box((float) current[0], (float) current[1], (float) to[0], (float) to[1]));
                }
                current = to;
            }

            @Override
            public String getName() {
                return name;
            }
        }
    }

    /** From PDF user space (origin bottom-left, unrotated) to the page as shown (origin top-left, rotated). */
    private static final class PageGeometry {
        private final float llx;
        private final float lly;
        private final float urx;
        private final float ury;
        private final int rotation;
        final double width;
        final double height;

        PageGeometry(PDPage page) {
            PDRectangle crop = page.getCropBox();
            llx = crop.getLowerLeftX();
            lly = crop.getLowerLeftY();
            urx = crop.getUpperRightX();
            ury = crop.getUpperRightY();
            rotation = ((page.getRotation() % 360) + 360) % 360;
            boolean sideways = rotation == 90 || rotation == 270;
            width = sideways ? crop.getHeight() : crop.getWidth();
            height = sideways ? crop.getWidth() : crop.getHeight();
        }

        Box box(float x1, float y1, float x2, float y2) {
            double[] a = shown(x1, y1);
            double[] b = shown(x2, y2);
            double left = Math.min(a[0], b[0]);
            double top = Math.min(a[1], b[1]);
            return new Box(left, top, Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
        }

        private double[] shown(float x, float y) {
            return switch (rotation) {
                case 90 -> new double[] {y - lly, x - llx};
                case 180 -> new double[] {urx - x, y - lly};
                case 270 -> new double[] {ury - y, urx - x};
                default -> new double[] {x - llx, ury - y};
            };
        }
    }
}
