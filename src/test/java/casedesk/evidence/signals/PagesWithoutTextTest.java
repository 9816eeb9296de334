package casedesk.evidence.signals;

import static casedesk.evidence.signals.Evidence.describe;
import static casedesk.evidence.signals.Evidence.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.model.Box;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;

/** A scanned page has nothing to read and says so; a blank page and an OCR'd scan are not suspicious. */
class PagesWithoutTextTest {

    @Test
    void aPageThatOnlyDrawsAnImageHasNoTextLayer() throws IOException {
        PDDocument document = Pdfs.withText("Account statement, page 1");
        PDPage scan = new PDPage(PDRectangle.A4);
        document.addPage(scan);
        try (PDPageContentStream content = new PDPageContentStream(document, scan)) {
            content.drawImage(scanOf(document), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
        List<TamperSignal> signals = Evidence.signals(Pdfs.save(document), "");
        List<TamperSignal> scans = withCode(signals, NoTextLayer.CODE);
        assertEquals(1, scans.size(), describe(signals));
        TamperSignal signal = scans.getFirst();
        assertEquals(Severity.MEDIUM, signal.severity());
        assertEquals(Optional.of(2), signal.page());
        assertEquals(Optional.of(new Box(0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight())), signal.box());
        assertEquals("Page 2 has no text layer (a scan or an image): its figures must be entered by hand and pinned to the page.",
                signal.detail());
    }

    @Test
    void aBlankPageIsNotAScan() throws IOException {
        PDDocument document = Pdfs.withText("Account statement, page 1");
        document.addPage(new PDPage(PDRectangle.A4));
        List<TamperSignal> signals = Evidence.signals(Pdfs.save(document), "");
        assertTrue(signals.isEmpty(), describe(signals));
    }

    /** OCR tools lay invisible text over the scanned image, before or after drawing it: that text is the text layer, not a cover-up. */
    @Test
    void anOcrLayerOverAScanIsNeitherMissingNorCovered() throws IOException {
        PDDocument document = new PDDocument();
        for (boolean textFirst : new boolean[] {false, true}) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = scanOf(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                if (!textFirst) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
                content.beginText();
                content.setRenderingMode(RenderingMode.NEITHER);
                content.setFont(Pdfs.helvetica(), 10);
                content.newLineAtOffset(72, 700);
                content.showText("Closing balance 86,400.00");
                content.endText();
                if (textFirst) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
        }
        List<TamperSignal> signals = Evidence.signals(Pdfs.save(document), "");
        assertTrue(signals.isEmpty(), describe(signals));
    }

    /** A grey page with dark bands, as a scanner returns a printed statement. */
    private static PDImageXObject scanOf(PDDocument document) throws IOException {
        BufferedImage page = new BufferedImage(120, 170, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = page.createGraphics();
        graphics.setColor(new Color(235, 235, 230));
        graphics.fillRect(0, 0, 120, 170);
        graphics.setColor(Color.DARK_GRAY);
        for (int y = 20; y < 160; y += 8) {
            graphics.fillRect(10, y, 100, 2);
        }
        graphics.dispose();
        return LosslessFactory.createFromImage(document, page);
    }
}
