package casedesk.evidence.signals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.util.DateConverter;

/**
 * The creation and modification dates of the document information dictionary. A date that names its
 * time zone is an instant; one that does not ("D:20261020103000") is a wall-clock time that PDFBox
 * reads as UTC. Two dates are compared as instants only when both name their zone, else as wall-clock
 * times: a report engine that writes its local time without a zone is not eight hours out.
 */
record DocumentDates(Optional<Stamp> created, Optional<Stamp> modified) {

    /** One date as written: its calendar and whether the text named a time zone. */
    record Stamp(Calendar calendar, boolean zoned) {

        private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
        private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        ZonedDateTime time() {
            return ZonedDateTime.ofInstant(calendar.toInstant(), zone());
        }

        private ZoneId zone() {
            return calendar.getTimeZone().toZoneId();
        }

        LocalDateTime wallClock() {
            return time().toLocalDateTime();
        }

        String day() {
            return time().format(DAY);
        }

        /** "2026-10-20 09:15 (UTC+08:00)", or without the zone when the file names none. */
        String minute() {
            String offset = time().getOffset().getId().equals("Z") ? "+00:00" : time().getOffset().getId();
            return time().format(MINUTE) + (zoned ? " (UTC" + offset + ")" : "");
        }
    }

    /** D:YYYYMMDDHHmmSS followed by Z or an offset: a date that says where its clock was. */
    private static final Pattern ZONED = Pattern.compile("^\\s*(?:D:)?\\d{8,14}\\s*(?:[Zz]|[+-]\\d{2})");

    static DocumentDates of(PDDocument document) {
        COSDictionary info = document.getDocumentInformation().getCOSObject();
        return new DocumentDates(stamp(info.getDictionaryObject(COSName.CREATION_DATE)),
                stamp(info.getDictionaryObject(COSName.MOD_DATE)));
    }

    private static Optional<Stamp> stamp(COSBase value) {
        if (!(value instanceof COSString string)) {
            return Optional.empty();
        }
        String text = string.getString();
        Calendar calendar = DateConverter.toCalendar(text);
        return calendar == null ? Optional.empty() : Optional.of(new Stamp(calendar, ZONED.matcher(text).find()));
    }

    /** How much later the modification date is than the creation date; empty when either is missing. */
    Optional<Duration> modifiedAfterCreated() {
        if (created.isEmpty() || modified.isEmpty()) {
            return Optional.empty();
        }
        Stamp from = created.get();
        Stamp to = modified.get();
        if (from.zoned() && to.zoned()) {
            return Optional.of(Duration.between(from.calendar().toInstant(), to.calendar().toInstant()));
        }
        return Optional.of(Duration.between(from.wallClock(), to.wallClock()));
    }
}
