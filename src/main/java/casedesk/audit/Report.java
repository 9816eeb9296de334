package casedesk.audit;

import casedesk.caseload.ChainCheck;
import casedesk.model.DecisionFilter;
import casedesk.model.DecisionStatistics;
import casedesk.model.DecisionSummary;
import casedesk.model.Outcome;
import casedesk.model.Phrase;
import java.awt.Color;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A supervisor's report on the decisions a filter lets through: as CSV, one row per decision, for a
 * spreadsheet; or as a PDF to hand on, with its title, the filters and period, who made it and when,
 * the audit trail's verification with its head hash, two charts, the table, and page numbers. Both
 * are written from the same rows in the same order, newest first.
 */
public final class Report {

    /** The CSV's columns, in order; a script may rely on their names. */
    public static final List<String> CSV_COLUMNS = List.of("decision", "case", "applicant", "outcome", "refusal_grounds",
            "decided_by", "decided_at", "lodged", "deadline", "days_to_decision", "within_deadline", "against_verdicts",
            "path", "signals", "workstation");

    /** What a report says about where it came from, and the language it is written in (English or French). */
    public record Heading(String caseload, DecisionFilter filter, String generatedBy, Instant generatedAt,
            ChainCheck chain, Locale language) {

        /** The report's words for {@code key} ({@code report.} in the phrase book). */
        String say(String key, Object... arguments) {
            return Phrase.of("report." + key, arguments).in(language);
        }

        String say(Phrase phrase) {
            return phrase.in(language);
        }

        /** "2026-11-30 14:05 UTC", "30/11/2026 14:05 UTC". */
        String when(Instant at) {
            return (language.getLanguage().equals("fr") ? FRENCH_WHEN : WHEN).format(at);
        }

        /** A week's Monday on a chart's axis: 11-02, 02/11. */
        String shortDay(java.time.LocalDate day) {
            return language.getLanguage().equals("fr") ? FRENCH_SHORT_DAY.format(day) : day.toString().substring(5);
        }

        /** "12.5 %", "12,5 %". */
        String percent(double share) {
            return say("percent", new Phrase.Exact(java.math.BigDecimal.valueOf(Math.round(share * 1000), 1)));
        }
    }

    private static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FRENCH_SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter FRENCH_WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Report() {
    }

    /** Writes the rows as CSV (RFC 4180, UTF-8); returns how many it wrote. */
    public static long csv(Consumer<Consumer<DecisionSummary>> rows, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(String.join(",", CSV_COLUMNS));
        writer.write("\r\n");
        long[] written = {0};
        IOException[] failed = {null};
        rows.accept(row -> {
            if (failed[0] != null) {
                return;
            }
            try {
                writer.write(String.join(",", List.of(Long.toString(row.decisionId()), cell(row.reference().value()),
                        cell(row.applicant()), row.outcome().code(),
                        cell(String.join(" ", row.refusalGrounds().stream().map(String::valueOf).toList())),
                        cell(row.decidedBy()), row.decidedAt().toString(), row.lodged().toString(),
                        row.deadline().toString(), Long.toString(row.daysToDecision()),
                        Boolean.toString(row.withinDeadline()), Boolean.toString(row.againstVerdicts()),
                        row.path().code(), cell(String.join(" ", row.signals())), cell(row.workstation()))));
                writer.write("\r\n");
                written[0]++;
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        writer.flush();
        return written[0];
    }

    /**
     * A CSV cell: quoted when it holds a comma, quote or line break; and a text a spreadsheet would
     * take for a formula (starting with =, +, -, @) is kept as text by a leading apostrophe.
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** Writes the PDF report; returns how many decisions its table lists. */
    public static long pdf(Heading heading, DecisionStatistics statistics, List<DecisionSummary> rows, OutputStream out)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font;
            try (InputStream in = Report.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("font " + FONT + " is not on the class path");
                }
                font = PDType0Font.load(document, in, true);
            }
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(heading.say("document-title"));
            information.setAuthor(heading.generatedBy());
            information.setCreator("CaseDesk");
            new Writer(document, font, heading, statistics, rows).write();
            // Page numbers last, when the number of pages is known.
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream stream = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    text(stream, font, 8, MARGIN, 20, heading.say("footer", heading.caseload(), heading.generatedBy(),
                            heading.when(heading.generatedAt())), Color.DARK_GRAY);
                    String number = heading.say("page", i + 1, pages);
                    text(stream, font, 8, page.getMediaBox().getWidth() - MARGIN - font.getStringWidth(number) / 1000 * 8,
                            20, number, Color.DARK_GRAY);
                }
            }
            document.save(out);
        }
        return rows.size();
    }

    private static final float MARGIN = 40;

    /** Lays the report out page after page, landscape A4. */
    private static final class Writer {
        private final PDDocument document;
        private final PDFont font;
        private final Heading heading;
        private final DecisionStatistics statistics;
        private final List<DecisionSummary> rows;
        private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDFont font, Heading heading, DecisionStatistics statistics, List<DecisionSummary> rows) {
            this.document = document;
            this.font = font;
            this.heading = heading;
            this.statistics = statistics;
            this.rows = rows;
        }

        void write() throws IOException {
            newPage();
            text(stream, font, 18, MARGIN, y, heading.say("title"), Color.BLACK);
            y -= 24;
            line(10, heading.say("caseload", heading.caseload()));
            line(10, heading.say("filters", heading.filter().phrase()));
            line(10, heading.say("period", period()));
            line(10, heading.say("decisions", statistics.decisions(), statistics.decisions() == rows.size() ? Phrase.NONE
                    : Phrase.of("report.decisions.newest", rows.size())));
            line(10, heading.say("generated", heading.generatedBy(), heading.when(heading.generatedAt())));
            ChainCheck chain = heading.chain();
            if (chain.isIntact()) {
                line(10, heading.say("intact", chain.eventsChecked(), chain.headSequence(),
                        chain.isAcknowledged() ? Phrase.of("report.intact.acknowledged") : Phrase.NONE));
                line(8, heading.say("head-hash", chain.headHash()));
            } else {
                // What is wrong is said in the verification's own (English) words.
                line(10, heading.say("broken", chain.firstBadEvent().getAsLong(), chain.problem()),
                        new Color(0xB0, 0x1C, 0x1C));
                line(8, heading.say("broken.warning"));
            }
            y -= 10;
            float chartTop = y;
            weeksChart(MARGIN, chartTop, 370, 170);
            officersChart(MARGIN + 400, chartTop, 360, 170);
            y = chartTop - 170 - 40;
            summaryLines();
            table();
            stream.close();
        }

        private Phrase period() {
            var from = heading.filter().from();
            var to = heading.filter().to();
            if (from.isPresent() && to.isPresent()) {
                return Phrase.of("report.period.between", from.get(), to.get());
            }
            if (from.isPresent()) {
                return Phrase.of("report.period.since", from.get());
            }
            if (to.isPresent()) {
                return Phrase.of("report.period.until", to.get());
            }
            if (rows.isEmpty()) {
                return Phrase.of("report.period.none");
            }
            return Phrase.of("report.period.listed", rows.getLast().decidedOn(), rows.getFirst().decidedOn());
        }

        private void summaryLines() throws IOException {
            long overrides = statistics.officers().stream().mapToLong(DecisionStatistics.Officer::against).sum();
            line(10, heading.say("summary", overrides, statistics.decisions(),
                    heading.percent(statistics.shareWithin15Days()), statistics.sesameIssuances()));
            if (!statistics.grounds().isEmpty()) {
                line(10, heading.say("grounds", Phrase.join(", ", statistics.grounds().stream()
                        .map(g -> Phrase.of("report.ground", g.ground(), g.refusals())).toList())));
            }
            y -= 6;
        }

        private void table() throws IOException {
            float[] widths = {115, 140, 90, 75, 105, 35, 45, 50, 45, 62};
            String[] titles = java.util.stream.Stream.of("case", "applicant", "outcome", "decided-by", "decided-on", "days",
                    "in-time", "against", "path", "workstation").map(c -> heading.say("column." + c)).toArray(String[]::new);
            tableHeader(widths, titles);
            for (DecisionSummary row : rows) {
                if (y < 50) {
                    newPage();
                    tableHeader(widths, titles);
                }
                String[] cells = {row.reference().value(), row.applicant(), heading.say(Phrase.of("outcome." + row.outcome().code()))
                        + (row.refusalGrounds().isEmpty() ? "" : " " + row.refusalGrounds()), row.decidedBy(),
                    heading.when(row.decidedAt()), Long.toString(row.daysToDecision()),
                    heading.say(row.withinDeadline() ? "yes" : "no"), row.againstVerdicts() ? heading.say("yes") : "",
                    heading.say(Phrase.of("path." + row.path().code())),
                    row.local() ? heading.say("this-workstation") : row.workstation()};
                float x = MARGIN;
                for (int i = 0; i < cells.length; i++) {
                    text(stream, font, 8, x, y, fit(cells[i], widths[i] - 4, 8), Color.BLACK);
                    x += widths[i];
                }
                y -= 12;
            }
        }

        private void tableHeader(float[] widths, String[] titles) throws IOException {
            float x = MARGIN;
            for (int i = 0; i < titles.length; i++) {
                text(stream, font, 8, x, y, fit(titles[i], widths[i] - 4, 8), Color.DARK_GRAY);
                x += widths[i];
            }
            y -= 4;
            stream.setStrokingColor(Color.GRAY);
            stream.moveTo(MARGIN, y);
            stream.lineTo(size.getWidth() - MARGIN, y);
            stream.stroke();
            y -= 10;
        }

        private String fit(String text, float width, float fontSize) throws IOException {
            String fitted = text;
            while (!fitted.isEmpty() && width(fitted, fontSize) > width) {
                fitted = fitted.substring(0, fitted.length() - 1);
            }
            return fitted.length() == text.length() ? text : fitted.isEmpty() ? "" : fitted.substring(0, fitted.length() - 1) + "…";
        }

        private float width(String text, float fontSize) throws IOException {
            return font.getStringWidth(text) / 1000 * fontSize;
        }

        /** Decisions per week, a stacked bar per week (issued, refused, documents requested), the last 26 weeks. */
        private void weeksChart(float x, float top, float width, float height) throws IOException {
            text(stream, font, 10, x, top, heading.say("chart.weeks"), Color.BLACK);
            Map<java.time.LocalDate, Map<Outcome, Long>> weeks = new TreeMap<>();
            statistics.weeks().forEach(w -> weeks.computeIfAbsent(w.monday(), k -> new LinkedHashMap<>())
                    .merge(w.outcome(), w.decisions(), Long::sum));
            if (!weeks.isEmpty()) {
                // The weeks without a decision too, as the desk's chart shows them; the last 26 weeks at most.
                java.time.LocalDate last = ((TreeMap<java.time.LocalDate, Map<Outcome, Long>>) weeks).lastKey();
                java.time.LocalDate first = ((TreeMap<java.time.LocalDate, Map<Outcome, Long>>) weeks).firstKey();
                if (first.isBefore(last.minusWeeks(25))) {
                    first = last.minusWeeks(25);
                }
                for (java.time.LocalDate monday = first; monday.isBefore(last); monday = monday.plusWeeks(1)) {
                    weeks.computeIfAbsent(monday, k -> new LinkedHashMap<>());
                }
            }
            List<java.time.LocalDate> shown = new ArrayList<>(weeks.keySet());
            if (shown.size() > 26) {
                shown = shown.subList(shown.size() - 26, shown.size());
            }
            long most = shown.stream().mapToLong(w -> weeks.get(w).values().stream().mapToLong(Long::longValue).sum())
                    .max().orElse(0);
            float base = top - height;
            axes(x, base, width, height - 16, most);
            if (shown.isEmpty()) {
                text(stream, font, 9, x + 30, base + height / 2, heading.say("chart.none"), Color.GRAY);
                return;
            }
            float slot = (width - 30) / shown.size();
            float bar = Math.min(18, slot * 0.7f);
            for (int i = 0; i < shown.size(); i++) {
                float bx = x + 30 + i * slot + (slot - bar) / 2;
                float by = base;
                for (Outcome outcome : Outcome.values()) {
                    long n = weeks.get(shown.get(i)).getOrDefault(outcome, 0L);
                    float h = most == 0 ? 0 : (height - 16) * n / most;
                    stream.setNonStrokingColor(colour(outcome));
                    stream.addRect(bx, by, bar, h);
                    stream.fill();
                    by += h;
                }
                if (i % Math.max(1, shown.size() / 6) == 0) {
                    text(stream, font, 6, bx - 4, base - 9, heading.shortDay(shown.get(i)), Color.DARK_GRAY);
                }
            }
            float lx = x + 30;
            for (Outcome outcome : Outcome.values()) {
                stream.setNonStrokingColor(colour(outcome));
                stream.addRect(lx, base - 22, 7, 7);
                stream.fill();
                text(stream, font, 7, lx + 10, base - 21, heading.say(Phrase.of("outcome." + outcome.code())), Color.DARK_GRAY);
                lx += 95;
            }
        }

        /** Each officer's share of decisions taken against the verdicts. */
        private void officersChart(float x, float top, float width, float height) throws IOException {
            text(stream, font, 10, x, top, heading.say("chart.officers"), Color.BLACK);
            List<DecisionStatistics.Officer> officers = statistics.officers();
            float base = top - height;
            float inner = height - 16;
            stream.setStrokingColor(Color.GRAY);
            stream.moveTo(x + 80, base);
            stream.lineTo(x + 80, base + inner);
            stream.stroke();
            if (officers.isEmpty()) {
                text(stream, font, 9, x + 90, base + height / 2, heading.say("chart.none"), Color.GRAY);
                return;
            }
            List<DecisionStatistics.Officer> shown = officers.size() > 12 ? officers.subList(0, 12) : officers;
            float slot = inner / shown.size();
            float bar = Math.min(14, slot * 0.7f);
            for (int i = 0; i < shown.size(); i++) {
                DecisionStatistics.Officer officer = shown.get(i);
                float by = base + inner - (i + 1) * slot + (slot - bar) / 2;
                text(stream, font, 8, x, by + 2, fit(officer.name(), 76, 8), Color.BLACK);
                float w = (width - 150) * (float) officer.overrideRate();
                stream.setNonStrokingColor(new Color(0xC0, 0x6A, 0x1A));
                stream.addRect(x + 81, by, Math.max(w, 0.5f), bar);
                stream.fill();
                text(stream, font, 8, x + 86 + w, by + 2,
                        heading.say("officer-share", heading.percent(officer.overrideRate()), officer.against(),
                                officer.decisions()),
                        Color.DARK_GRAY);
            }
        }

        private void axes(float x, float base, float width, float height, long most) throws IOException {
            stream.setStrokingColor(Color.GRAY);
            stream.moveTo(x + 28, base + height);
            stream.lineTo(x + 28, base);
            stream.lineTo(x + width, base);
            stream.stroke();
            text(stream, font, 7, x, base + height - 6, Long.toString(most), Color.DARK_GRAY);
            text(stream, font, 7, x + 14, base, "0", Color.DARK_GRAY);
        }

        private void line(float fontSize, String text) throws IOException {
            line(fontSize, text, Color.BLACK);
        }

        private void line(float fontSize, String text, Color colour) throws IOException {
            float usable = size.getWidth() - 2 * MARGIN;
            for (String part : wrap(text, usable, fontSize)) {
                if (y < 50) {
                    newPage();
                }
                text(stream, font, fontSize, MARGIN, y, part, colour);
                y -= fontSize + 4;
            }
        }

        private List<String> wrap(String text, float width, float fontSize) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && width(candidate, fontSize) > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN;
        }
    }

    private static Color colour(Outcome outcome) {
        return switch (outcome) {
            case ISSUE -> new Color(0x2E, 0x7D, 0x32);
            case REFUSE -> new Color(0xB0, 0x1C, 0x1C);
            case REQUEST_DOCUMENTS -> new Color(0x1F, 0x5F, 0xA8);
        };
    }

    private static void text(PDPageContentStream stream, PDFont font, float size, float x, float y, String text,
            Color colour) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(colour);
        stream.newLineAtOffset(x, y);
        stream.showText(printable(font, text));
        stream.endText();
    }

    /**
     * The text with what the font has no glyph for (a control character, a script it lacks) as "?".
     * The typographic apostrophe is set as the plain one: the CJK font draws it full-width ("d’ audit").
     */
    private static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace('\u2019', '\'').codePoints().forEach(cp -> {
            String one = Character.toString(cp);
            try {
                font.encode(one);
                out.append(Character.isISOControl(cp) ? " " : one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
