package casedesk.evidence.random;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The randomiser's front door. {@link #generate(long, Library)} draws one statement from a seed,
 * lays it out and writes it with the given library; {@link #corpus(long, int)} draws many, one seed
 * each from a master seed, alternating PDFBox and OpenPDF. A failing document is reproduced from the
 * seed and library that the test prints.
 */
final class RandomStatements {

    /** The corpus the tests read: this many documents from this master seed. */
    static final long MASTER_SEED = 0x9C0FFEE_2026L;
    static final int DOCUMENTS = 200;

    /** One drawn statement: how it looks, what it says, and how it is laid out on its pages. */
    record Generated(long seed, Layout layout, Truth truth, Drawing drawing) {
        /** The file, written by the layout's library (each call writes it anew). */
        byte[] pdf() {
            return switch (layout.library()) {
                case PDFBOX -> PdfBoxRenderer.render(drawing);
                case OPENPDF -> OpenPdfRenderer.render(drawing);
            };
        }

        String id() {
            return String.format("seed 0x%016xL %s", seed, layout.library());
        }
    }

    private RandomStatements() {
    }

    static Generated generate(long seed, Library library) {
        SplittableRandom random = new SplittableRandom(seed);
        Layout layout = Layout.draw(random, library);
        int first = Drawer.capacity(layout, true);
        int other = Drawer.capacity(layout, false);
        int pages = 1 + random.nextInt(3);
        int rows = switch (pages) {
            case 1 -> 1 + random.nextInt(first);
            case 2 -> first + 1 + random.nextInt(other);
            default -> first + other + 1 + random.nextInt(other);
        };
        Truth truth = Truth.draw(random, layout, rows);
        Drawing drawing = new Drawer(layout, truth, random.split()).draw();
        return new Generated(seed, layout, truth, drawing);
    }

    /** The seeds of a corpus: drawn in turn from the master seed. */
    static long[] seeds(long master, int count) {
        SplittableRandom random = new SplittableRandom(master);
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = random.nextLong();
        }
        return seeds;
    }

    static Library library(int index) {
        return index % 2 == 0 ? Library.PDFBOX : Library.OPENPDF;
    }

    static List<Generated> corpus(long master, int count) {
        long[] seeds = seeds(master, count);
        List<Generated> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(generate(seeds[i], library(i)));
        }
        return documents;
    }
}
