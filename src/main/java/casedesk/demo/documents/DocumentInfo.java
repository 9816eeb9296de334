package casedesk.demo.documents;

import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** The document information dictionary, as the producing software would have written it (China time). */
record DocumentInfo(String title, String author, String creator, String producer, LocalDateTime created,
                    LocalDateTime modified) {

    private static final TimeZone CHINA = TimeZone.getTimeZone("GMT+08:00");

    /** Editing tools found on doctored documents: creator and producer as they write them. */
    private static final String[][] EDITORS = {
            {"Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365"},
            {"iLovePDF", "iLovePDF"},
            {"Smallpdf", "Smallpdf.com"},
            {"PDF24 Creator", "GPL Ghostscript 10.01.2"},
            {"Sejda", "SAMBox 3.0.4 (www.sejda.org)"},
            {"Foxit PDF Editor 13.0.0", "Foxit PDF Editor 13.0.0"},
            {"Adobe Acrobat Pro (64-bit) 24.1.20643", "Adobe Acrobat Pro (64-bit) 24.1.20643"},
            {"Writer", "LibreOffice 7.6"},
    };

    /** A genuine document: made by the issuer's report engine and never touched since. */
    static DocumentInfo genuine(String title, String author, String creator, String producer, LocalDateTime created) {
        return new DocumentInfo(title, author, creator, producer, created, created);
    }

    /** The same document as an editing tool saves it, some days later. */
    DocumentInfo editedWithTool(SplittableRandom random) {
        String[] editor = EDITORS[random.nextInt(EDITORS.length)];
        LocalDateTime later = created.plusDays(2 + random.nextInt(18)).plusMinutes(random.nextInt(600));
        return new DocumentInfo(title, author, editor[0], editor[1], created, later);
    }

    void applyTo(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator(creator);
        info.setProducer(producer);
        info.setCreationDate(calendar(created));
        info.setModificationDate(calendar(modified));
        document.setDocumentInformation(info);
    }

    private static Calendar calendar(LocalDateTime time) {
        GregorianCalendar calendar = new GregorianCalendar(CHINA, Locale.ROOT);
        calendar.clear();
        calendar.set(time.getYear(), time.getMonthValue() - 1, time.getDayOfMonth(), time.getHour(), time.getMinute(),
                time.getSecond());
        return calendar;
    }
}
