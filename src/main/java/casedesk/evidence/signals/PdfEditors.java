package casedesk.evidence.signals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The programs that edit PDFs, or make them from office documents and web pages, as they name
 * themselves in a file's Producer and Creator. Banks, insurers and credit bureaus make their PDFs
 * with report engines (JasperReports, iText, FOP, FastReport, Distiller...): none of these names.
 * This list is the one place to add a tool seen on a doctored document.
 */
final class PdfEditors {

    /**
     * @param name    what the officer is told
     * @param pattern matched against one metadata value, lower case
     * @param unless  when any metadata value matches this, the tool made the file on a server, not on
     *                an applicant's desk (Chrome driven by a report service)
     */
    record Editor(String name, Pattern pattern, Optional<Pattern> unless) {
    }

    static final List<Editor> EDITORS = List.of(
            editor("iLovePDF", "ilovepdf"),
            editor("Smallpdf", "smallpdf"),
            editor("PDF24", "pdf24"),
            editor("Sejda", "sejda"),
            editor("PDFsam", "pdfsam"),
            editor("Foxit PhantomPDF", "foxit\\s*phantom"),
            editor("Foxit PDF Editor", "foxit\\s*(?:advanced\\s*)?(?:pdf\\s*)?editor"),
            editor("Nitro PDF", "nitro\\s*(?:pro|pdf)"),
            // Distiller and the PDF Library are what report pipelines use; Acrobat itself is the editor.
            editor("Adobe Acrobat", "\\bacrobat\\b(?!\\s*(?:distiller|pdfmaker))"),
            editor("Microsoft Word", "microsoft.{0,16}word|winword|pdfmaker.{0,16}word"),
            editor("Microsoft Excel", "microsoft.{0,16}excel|pdfmaker.{0,16}excel"),
            editor("Microsoft PowerPoint", "microsoft.{0,16}powerpoint"),
            editor("Microsoft Print to PDF", "print\\s*to\\s*pdf"),
            editor("LibreOffice", "libreoffice"),
            editor("OpenOffice", "openoffice"),
            editor("WPS Office", "\\bwps\\b|kingsoft"),
            new Editor("a web browser's 'Save as PDF'", Pattern.compile("skia/pdf|\\b(?:chrome|chromium|edg|firefox)/\\d"),
                    Optional.of(Pattern.compile("headlesschrome|puppeteer|playwright"))),
            editor("macOS Preview (Quartz PDFContext)", "quartz\\s*pdfcontext"),
            editor("PDFelement", "pdfelement"),
            editor("Wondershare", "wondershare"),
            editor("PDF-XChange Editor", "pdf-xchange"),
            editor("Soda PDF", "soda\\s*pdf"),
            editor("PDFescape", "pdfescape"),
            editor("pdfFiller", "pdffiller"),
            editor("ABBYY FineReader", "finereader"),
            editor("Adobe Photoshop", "photoshop"),
            editor("Canva", "\\bcanva\\b"),
            editor("Google Docs", "google\\s*docs"));

    private PdfEditors() {
    }

    private static Editor editor(String name, String pattern) {
        return new Editor(name, Pattern.compile(pattern), Optional.empty());
    }

    /** The editor a metadata value names, given all the document's metadata values for the exceptions. */
    static Optional<Editor> named(String value, List<String> allValues) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (Editor editor : EDITORS) {
            if (!editor.pattern().matcher(lower).find()) {
                continue;
            }
            boolean excused = editor.unless().isPresent() && allValues.stream()
                    .anyMatch(v -> editor.unless().get().matcher(v.toLowerCase(Locale.ROOT)).find());
            if (!excused) {
                return Optional.of(editor);
            }
        }
        return Optional.empty();
    }
}
