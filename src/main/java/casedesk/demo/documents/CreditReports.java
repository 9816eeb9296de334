package casedesk.demo.documents;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.SplittableRandom;

import casedesk.demo.documents.PageCanvas.Align;
import casedesk.demo.documents.Vocabulary.Bilingual;
import casedesk.model.DocumentKind;
import casedesk.model.Figure;

/**
 * Sesame (Zhima) credit reports in Chinese or English. The five dimensions are described in words on
 * the page, as the real reports do, but are never figures: CaseDesk must not store them.
 */
public final class CreditReports {

    private static final float LEFT = 50;
    private static final float RIGHT = PdfWriter.PAGE_WIDTH - 50;

    private CreditReports() {
    }

    /** The band a score falls in: 350–549 poor … 700–950 outstanding (lower bounds inclusive). */
    static int bandIndex(int score) {
        if (score < 550) {
            return 0;
        }
        if (score < 600) {
            return 1;
        }
        if (score < 650) {
            return 2;
        }
        return score < 700 ? 3 : 4;
    }

    /** The band as printed: 较差/中等/良好/优秀/极好 in Chinese, Poor … Outstanding in English. */
    public static String band(int score, Language language) {
        Bilingual band = Vocabulary.BANDS.get(bandIndex(score));
        return language == Language.ZH ? band.zh() : band.en();
    }

    public static GeneratedDocument generate(CreditReportRequest request) {
        boolean zh = request.language() == Language.ZH;
        SplittableRandom paper = Seeds.random(request.seed(), 3);
        DateTimeFormatter dates = zh ? Formats.CHINESE : Formats.ENGLISH;
        String reportNumber = "ZM" + request.issueDate().format(Formats.COMPACT)
                + String.format(Locale.ROOT, "%010d", paper.nextLong(10_000_000_000L));
        String name = zh && !request.holder().nativeName().isBlank()
                ? request.holder().nativeName() : request.holder().latinName().toUpperCase(Locale.ROOT);
        String maskedId = ChineseNames.maskedNationalId(request.holder().nationalId());
        String bandText = band(request.score(), request.language());

        try (PdfWriter writer = new PdfWriter(request.holder().nativeName(), request.holder().latinName())) {
            Placed holder;
            Placed id;
            Placed score;
            Placed band;
            Placed issued;
            Placed valid;
            try (PageCanvas canvas = writer.newPage()) {
                canvas.fill(new casedesk.model.Box(0, 0, PdfWriter.PAGE_WIDTH, 96), 0.93f);
                canvas.bold(label(Vocabulary.CREDIT_TITLE, zh), LEFT, 52, 20, Align.LEFT);
                canvas.text(zh ? Vocabulary.CREDIT_TITLE.en() : Vocabulary.CREDIT_COMPANY.zh(), LEFT, 70, 8);
                canvas.right(label(Vocabulary.CREDIT_COMPANY, zh), RIGHT, 52, 9);
                canvas.right(label(Vocabulary.CREDIT_REPORT_NO, zh) + "：" + reportNumber, RIGHT, 70, 8);

                holder = field(canvas, Vocabulary.CREDIT_NAME, zh, name, LEFT, 130);
                id = field(canvas, Vocabulary.CREDIT_ID, zh, maskedId, 300, 130);
                issued = field(canvas, Vocabulary.CREDIT_ISSUED, zh, request.issueDate().format(dates), LEFT, 156);
                valid = field(canvas, Vocabulary.CREDIT_VALID, zh, request.validUntil().format(dates), 300, 156);

                canvas.frame(new casedesk.model.Box(LEFT, 180, RIGHT - LEFT, 120), 0.8f, 0.6f);
                canvas.text(label(Vocabulary.CREDIT_SCORE, zh), LEFT + 20, 206, 11);
                score = canvas.bold(Integer.toString(request.score()), LEFT + 20, 262, 44, Align.LEFT);
                canvas.text(label(Vocabulary.CREDIT_BAND, zh), 330, 206, 11);
                band = canvas.bold(bandText, 330, 250, 22, Align.LEFT);
                canvas.text(label(Vocabulary.CREDIT_RANGE, zh), LEFT + 20, 288, 7.5f);

                canvas.bold(label(Vocabulary.CREDIT_DIMENSIONS, zh), LEFT, 336, 12, Align.LEFT);
                canvas.line(LEFT, 344, RIGHT, 344, 0.8f, 0f);
                int level = request.score() < 600 ? 0 : request.score() < 700 ? 1 : 2;
                float y = 366;
                for (int d = 0; d < Vocabulary.DIMENSIONS.size(); d++) {
                    int shade = Math.max(0, Math.min(2, level + paper.nextInt(3) - 1));
                    Bilingual dimension = Vocabulary.DIMENSIONS.get(d);
                    Bilingual phrase = Vocabulary.DIMENSION_PHRASES.get(d).get(shade);
                    canvas.bold(zh ? dimension.zh() : dimension.en(), LEFT + 4, y, 10, Align.LEFT);
                    canvas.text(zh ? phrase.zh() : phrase.en(), LEFT + 120, y, 9.5f);
                    canvas.line(LEFT, y + 10, RIGHT, y + 10, 0.3f, 0.75f);
                    y += 28;
                }
                canvas.text(label(Vocabulary.CREDIT_USE, zh), LEFT, y + 20, 8.5f);
                canvas.text(zh ? Vocabulary.CREDIT_COMPANY.zh() : Vocabulary.CREDIT_COMPANY.en(), RIGHT - 160, y + 60, 9);
                canvas.seal(RIGHT - 90, y + 90, 34, Vocabulary.SEAL_TEXT);
                footer(canvas);
            }
            DocumentInfo genuine = DocumentInfo.genuine("Zhima Credit Report " + reportNumber, "Zhima Credit",
                    "Zhima Credit Report Service", "Apache FOP Version 2.8",
                    request.issueDate().atTime(paper.nextInt(24), paper.nextInt(60), paper.nextInt(60)));
            KeyFigureFinish.Result finished = KeyFigureFinish.finish(writer, score,
                    (random, printable) -> Integer.toString(Tampering.raisedScore(request.score(), random, printable)),
                    false, genuine, request.anomalies(), request.seed(), request.password());
            int shownScore = Integer.parseInt(finished.shown().text());

            List<Figure> figures = new ArrayList<>();
            figures.add(Figures.text("holder", holder, name));
            figures.add(Figures.text("id_number", id, maskedId));
            figures.add(Figures.number("score", finished.shown(), shownScore));
            figures.add(Figures.text("band", band, bandText));
            figures.add(Figures.date("issue_date", issued, request.issueDate()));
            figures.add(Figures.date("valid_until", valid, request.validUntil()));
            GroundTruth truth = new GroundTruth(figures, List.of(), List.of(), request.anomalies(), OptionalInt.empty(),
                    OptionalInt.empty(), finished.coveredText(), finished.editedFromText(), finished.revisions());
            String file = "zhima-report-" + request.language().name().toLowerCase(Locale.ROOT) + "-"
                    + request.issueDate().format(Formats.COMPACT) + ".pdf";
            return new GeneratedDocument(file, DocumentKind.CREDIT_REPORT, finished.pdf(), 1, truth);
        }
    }

    private static String label(Bilingual label, boolean zh) {
        return zh ? label.zh() : label.en();
    }

    private static Placed field(PageCanvas canvas, Bilingual label, boolean zh, String value, float x, float baseline) {
        Placed caption = canvas.text(label(label, zh) + "：", x, baseline, 9);
        return canvas.text(value, Math.max(caption.right() + 6, x + 62), baseline, 10);
    }

    private static void footer(PageCanvas canvas) {
        canvas.line(LEFT, 800, RIGHT, 800, 0.5f, 0.5f);
        canvas.text(Vocabulary.FOOTER_CREDIT.zh(), LEFT, 811, 6.5f);
        canvas.text(Vocabulary.FOOTER_CREDIT.en(), LEFT, 820, 6.5f);
        canvas.right(Vocabulary.PAGE_OF.zh().formatted(1, 1) + "  " + Vocabulary.PAGE_OF.en().formatted(1, 1), RIGHT, 811, 7);
    }
}
