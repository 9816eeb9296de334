package casedesk.evidence.signals;

import static casedesk.evidence.signals.Evidence.describe;
import static casedesk.evidence.signals.Evidence.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the file says about the programs that made it and when. */
class MetadataTest {

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "iLovePDF | JasperReports Library version 6.20.6 | iLovePDF",
            "SAMBox 3.0.4 (www.sejda.org) | Sejda | Sejda",
            "GPL Ghostscript 10.01.2 | PDF24 Creator | PDF24",
            "Foxit PDF Editor 13.0.0 | - | Foxit PDF Editor",
            "Foxit PhantomPDF Printer Version 9.7 | - | Foxit PhantomPDF",
            "Nitro Pro 13 | - | Nitro PDF",
            "Adobe Acrobat Pro (64-bit) 24.1.20643 | JasperReports | Adobe Acrobat",
            "Adobe PDF Library 15.0 | Adobe Acrobat Pro DC 15.0 | Adobe Acrobat",
            "Microsoft® Word for Microsoft 365 | Microsoft® Word for Microsoft 365 | Microsoft Word",
            "Acrobat Distiller 23.0 (Windows) | Acrobat PDFMaker 23 for Excel | Microsoft Excel",
            "LibreOffice 7.6 | Writer | LibreOffice",
            "WPS 文字 | - | WPS Office",
            "Skia/PDF m120 | Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36 | a web browser's 'Save as PDF'",
            "macOS Version 14.2 (Build 23C64) Quartz PDFContext | Preview | macOS Preview (Quartz PDFContext)",
            "Wondershare PDFelement | - | PDFelement",
            // Report engines and servers: what genuine evidence names.
            "JasperReports Library version 6.20.6 | ICBC Personal e-Statement Service | -",
            "iText 5.5.13.3 (c) 2000-2022 iText Group NV | CCB Statement Centre | -",
            "Apache FOP Version 2.9 | Allianz Travel Certificates | -",
            "Acrobat Distiller 23.0 (Windows) | - | -",
            "Adobe PDF Library 17.11 | - | -",
            "FastReport 2023.2 | CMB Transaction Statement | -",
            "Skia/PDF m120 | Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120.0.0.0 Safari/537.36 | -",
    })
    void namesTheEditorsButNotTheReportEngines(String producer, String creator, String editor) throws IOException {
        PDDocument document = Pdfs.withText("Statement");
        document.getDocumentInformation().setProducer(producer);
        document.getDocumentInformation().setCreator(creator);
        List<TamperSignal> found = withCode(Evidence.signals(Pdfs.save(document), ""), EditorProducer.CODE);
        if (editor == null) {
            assertTrue(found.isEmpty(), describe(found));
        } else {
            assertEquals(1, found.size(), describe(found));
            assertEquals(Severity.HIGH, found.getFirst().severity());
            assertTrue(found.getFirst().detail().contains(editor), describe(found));
        }
    }

    @Test
    void anEditorNamedOnlyInTheXmpMetadataIsFound() throws IOException {
        PDDocument document = Pdfs.withText("Statement");
        document.getDocumentInformation().setProducer("JasperReports Library version 6.20.6");
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"><pdf:Producer>Smallpdf.com</pdf:Producer>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
        List<TamperSignal> found = withCode(Evidence.signals(Pdfs.save(document), ""), EditorProducer.CODE);
        assertEquals(1, found.size(), describe(found));
        assertTrue(found.getFirst().detail().startsWith("The file's XMP metadata names Smallpdf"), describe(found));
    }

    @Test
    void acrobatsTouchUpMarkIsFoundInACompressedPage() throws IOException {
        PDDocument document = Pdfs.withText("Statement");
        PDPage page = document.getPage(0);
        try (PDPageContentStream edit = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
            edit.beginMarkedContent(COSName.getPDFName("TouchUp_TextEdit"));
            edit.beginText();
            edit.setFont(Pdfs.helvetica(), 11);
            edit.newLineAtOffset(300, 760);
            edit.showText("86,400.00");
            edit.endText();
            edit.endMarkedContent();
        }
        List<TamperSignal> found = withCode(Evidence.signals(Pdfs.save(document), ""), EditorProducer.CODE);
        assertEquals(1, found.size(), describe(found));
        assertEquals(Optional.of(1), found.getFirst().page());
        assertTrue(found.getFirst().detail().startsWith("Page 1 carries Acrobat's 'TouchUp_TextEdit' mark"), describe(found));
    }

    @ParameterizedTest(name = "created {0}, modified {1}")
    @CsvSource(delimiter = '|', value = {
            // The same moment written in two time zones.
            "D:20261020103000+08'00' | D:20261020023000Z | -",
            // A wall-clock time without a zone is the same local time, not eight hours later.
            "D:20261020103000+08'00' | D:20261020103000 | -",
            "D:20261020103000 | D:20261020103000+08'00' | -",
            // Written a few seconds apart by the engine itself.
            "D:20261020103000+08'00' | D:20261020103020+08'00' | -",
            "D:20261020103000+08'00' | D:20261101143200+08'00' | 12 days",
            "D:20261020103000+08'00' | D:20261020143000+08'00' | 4 hours",
            // Earlier by the clock, later in fact: 09:00 in Beijing is 01:00 UTC, 03:00 UTC is two hours after.
            "D:20261020090000+08'00' | D:20261020030000Z | 2 hours",
            // A modification date before the creation date is odd, but it is not a later change.
            "D:20261020103000+08'00' | D:20261019103000+08'00' | -",
    })
    void comparesTheDatesAsMomentsInTime(String created, String modified, String later) throws IOException {
        PDDocument document = Pdfs.withText("Statement");
        PDDocumentInformation info = document.getDocumentInformation();
        info.getCOSObject().setString(COSName.CREATION_DATE, created);
        info.getCOSObject().setString(COSName.MOD_DATE, modified);
        List<TamperSignal> found = withCode(Evidence.signals(Pdfs.save(document), ""), ModifiedAfterCreation.CODE);
        if (later.equals("-")) {
            assertTrue(found.isEmpty(), describe(found));
        } else {
            assertEquals(1, found.size(), describe(found));
            assertEquals(Severity.LOW, found.getFirst().severity());
            assertTrue(found.getFirst().detail().contains(", " + later + " after it was created"), describe(found));
        }
    }
}
