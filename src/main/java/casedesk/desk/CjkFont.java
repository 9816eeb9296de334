package casedesk.desk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * Chinese names must render on every workstation, including one without a CJK font installed.
 * CaseDesk carries Noto Sans SC and loads it once; cells that show Chinese text use its family.
 */
public final class CjkFont {

    static final String RESOURCE = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static volatile String family;

    private CjkFont() {
    }

    /** Loads the bundled font; safe to call off the JavaFX thread, and more than once. */
    public static synchronized Optional<String> load() {
        if (family == null) {
            try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
                Font font = in == null ? null : Font.loadFont(in, 13);
                family = font == null ? "" : font.getFamily();
            } catch (IOException e) {
                family = "";
            }
        }
        return family.isEmpty() ? Optional.empty() : Optional.of(family);
    }

    /**
     * The bundled font's CSS for a text that holds Chinese characters, and nothing for one that
     * does not: the CJK font's punctuation is full-width, so French "d’ouverture" set in it reads
     * "d’ ouverture".
     */
    public static String styleFor(String text) {
        return text != null && text.codePoints().anyMatch(CjkFont::isHan) ? style() : "";
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** The CSS that makes a node render Chinese text with the bundled font, or nothing if it did not load. */
    public static String style() {
        return load().map(f -> "-fx-font-family: \"" + f + "\";").orElse("");
    }
}
