package casedesk.demo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Sans SC cut down, once per JVM, to the generators' {@link Vocabulary} plus printable ASCII,
 * and without the GSUB/GPOS/GDEF tables: PDFBox's glyph substitution in {@code showText} costs
 * ~50 ms per document on the full font and ~3 ms on this subset. Each document then embeds its own
 * subset of this one, as usual.
 *
 * <p>Caller text outside the vocabulary (a holder's unusual name) gets an extended subset, made from
 * the full font on demand and cached, so a request never fails for want of a glyph that Noto has.
 */
final class FontSubset {

    static final String RESOURCE = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private static final List<String> TABLES = List.of(
            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post");
    private static final int EXTENDED_CACHE_SIZE = 64;

    private static final Map<String, Subset> EXTENDED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Subset> eldest) {
            return size() > EXTENDED_CACHE_SIZE;
        }
    };

    private FontSubset() {
    }

    /** The bytes of a TrueType subset and the code points it has glyphs for. */
    record Subset(byte[] bytes, TreeSet<Integer> codePoints) {
        boolean covers(String text) {
            return text.codePoints().allMatch(cp -> cp < 0x20 || codePoints.contains(cp));
        }

        PDType0Font loadInto(PDDocument document) throws IOException {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            return PDType0Font.load(document, ttf, true);
        }
    }

    private static final class Base {
        static final Subset SUBSET;

        static {
            TreeSet<Integer> codePoints = new TreeSet<>();
            for (int cp = 0x20; cp < 0x7F; cp++) {
                codePoints.add(cp);
            }
            for (String text : Vocabulary.allText()) {
                text.codePoints().forEach(codePoints::add);
            }
            SUBSET = FullFont.subset(codePoints);
        }
    }

    private static final class FullFont {
        private static final TrueTypeFont FONT = parse();

        private static TrueTypeFont parse() {
            try (InputStream in = FontSubset.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font " + RESOURCE + " is not on the class path");
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }

        /** TrueTypeFont reads its tables lazily and is not thread-safe: one subset at a time. */
        static synchronized Subset subset(TreeSet<Integer> wanted) {
            try {
                var cmap = FONT.getUnicodeCmapLookup();
                TreeSet<Integer> available = new TreeSet<>();
                StringBuilder missing = new StringBuilder();
                for (int cp : wanted) {
                    if (cmap.getGlyphId(cp) > 0) {
                        available.add(cp);
                    } else {
                        missing.appendCodePoint(cp);
                    }
                }
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException("Noto Sans SC has no glyph for '" + missing + "'");
                }
                TTFSubsetter subsetter = new TTFSubsetter(FONT, TABLES);
                subsetter.addAll(available);
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                subsetter.writeToStream(out);
                return new Subset(out.toByteArray(), available);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot subset " + RESOURCE, e);
            }
        }
    }

    /** The vocabulary subset, built on first use (about 200 ms). */
    static Subset base() {
        return Base.SUBSET;
    }

    /** A subset covering the vocabulary and every character of the given caller texts. */
    static Subset covering(String... callerTexts) {
        Subset base = base();
        TreeSet<Integer> extra = new TreeSet<>();
        for (String text : callerTexts) {
            if (text != null) {
                text.codePoints().filter(cp -> cp >= 0x20 && !base.codePoints().contains(cp)).forEach(extra::add);
            }
        }
        if (extra.isEmpty()) {
            return base;
        }
        StringBuilder key = new StringBuilder();
        extra.forEach(key::appendCodePoint);
        synchronized (EXTENDED) {
            Subset cached = EXTENDED.get(key.toString());
            if (cached != null) {
                return cached;
            }
        }
        TreeSet<Integer> all = new TreeSet<>(base.codePoints());
        all.addAll(extra);
        Subset extended = FullFont.subset(all);
        synchronized (EXTENDED) {
            EXTENDED.put(key.toString(), extended);
        }
        return extended;
    }
}
