package casedesk.evidence.random;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The faces the random statements use and how wide their text is. Both renderers draw with the same
 * metrics (the embedded Noto Sans SC file, or the standard 14 fonts' Adobe metrics), so text placed
 * by width (right-aligned amounts, gaps of 1 em) lands in the same place in either library's file.
 */
final class Fonts {

    static final String NOTO_RESOURCE = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    static final byte[] NOTO_BYTES = load();
    static final TrueTypeFont NOTO = parse(NOTO_BYTES);
    private static final CmapLookup NOTO_CMAP = cmap(NOTO);
    private static final Map<Face, PDType1Font> STANDARD = new EnumMap<>(Face.class);

    static {
        STANDARD.put(Face.HELVETICA, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        STANDARD.put(Face.TIMES, new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN));
        STANDARD.put(Face.COURIER, new PDType1Font(Standard14Fonts.FontName.COURIER));
    }

    private Fonts() {
    }

    static PDType1Font standard(Face face) {
        return STANDARD.get(face);
    }

    /** The width of a text run in points. */
    static float width(Face face, String text, float size) {
        try {
            if (face == Face.NOTO_SANS_SC) {
                float units = 0;
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    units += NOTO.getAdvanceWidth(NOTO_CMAP.getGlyphId(cp));
                    i += Character.charCount(cp);
                }
                return units * size / NOTO.getUnitsPerEm();
            }
            return STANDARD.get(face).getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load() {
        try (InputStream in = Fonts.class.getResourceAsStream(NOTO_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CmapLookup cmap(TrueTypeFont font) {
        try {
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
