package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Chinese text in the bundled font, everything else in the desk's own: its punctuation is not full-width. */
class CjkFontTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theBundledFontLoadsWithoutACjkFontOnTheMachine() {
        assertTrue(CjkFont.load().isPresent(), "Noto Sans SC is on the class path");
        assertTrue(CjkFont.style().startsWith("-fx-font-family: \""), CjkFont.style());
    }

    @Test
    void onlyTextWithChineseCharactersIsSetInIt() {
        assertEquals(CjkFont.style(), CjkFont.styleFor("张伟"));
        assertEquals(CjkFont.style(), CjkFont.styleFor("宋瑶 SONG YAO"));
        assertEquals("", CjkFont.styleFor("Solde d’ouverture"), "French keeps its apostrophe narrow");
        assertEquals("", CjkFont.styleFor("CNY 65,129.27"));
        assertEquals("", CjkFont.styleFor(null));
        assertFalse(CjkFont.styleFor("人民币 CNY").isEmpty());
    }
}
