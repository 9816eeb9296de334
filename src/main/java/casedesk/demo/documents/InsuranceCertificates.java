package casedesk.demo.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.SplittableRandom;

import casedesk.demo.documents.PageCanvas.Align;
import casedesk.demo.documents.Vocabulary.Bilingual;
import casedesk.model.Box;
import casedesk.model.DocumentKind;
import casedesk.model.Figure;

/** Travel medical insurance certificates for Schengen visa applications, in Chinese or English. */
public final class InsuranceCertificates {

    private static final float LEFT = 50;
    private static final float RIGHT = PdfWriter.PAGE_WIDTH - 50;
    private static final float VALUE_X = 190;

    private InsuranceCertificates() {
    }

    public static GeneratedDocument generate(InsuranceRequest request) {
        boolean zh = request.language() == Language.ZH;
        SplittableRandom paper = Seeds.random(request.seed(), 3);
        DateTimeFormatter dates = zh ? Formats.CHINESE : Formats.ENGLISH;
        Insurer insurer = request.insurer();
        String currency = request.coverage().currencyCode();
        BigDecimal coverage = request.coverage().amount().setScale(2, RoundingMode.UNNECESSARY);
        String policy = "P" + insurer.name().charAt(0) + String.format(Locale.ROOT, "%015d", paper.nextLong(1_000_000_000_000_000L));
        LocalDate issued = request.periodStart().minusDays(3 + paper.nextInt(25));
        String insurerName = zh ? insurer.chineseName() : insurer.englishName();

        try (PdfWriter writer = new PdfWriter(request.insured().nativeName(), request.insured().latinName(),
                request.insured().passportNumber(), request.territory())) {
            Placed insurerRow;
            Placed insured;
            Placed from;
            Placed to;
            Placed currencyRun;
            Placed amountRun;
            Placed territory;
            try (PageCanvas canvas = writer.newPage()) {
                canvas.bold(insurerName, LEFT, 58, zh ? 14 : 11, Align.LEFT);
                canvas.text(zh ? insurer.englishName() : insurer.chineseName(), LEFT, 73, 7.5f);
                canvas.line(LEFT, 84, RIGHT, 84, 1.2f, 0f);
                canvas.bold(label(Vocabulary.INSURANCE_TITLE, zh), PdfWriter.PAGE_WIDTH / 2, 118, zh ? 18 : 15, Align.CENTER);
                canvas.center(zh ? Vocabulary.INSURANCE_TITLE.en() : Vocabulary.INSURANCE_SUBTITLE.en(),
                        PdfWriter.PAGE_WIDTH / 2, 134, 9);
                if (zh) {
                    canvas.center(Vocabulary.INSURANCE_SUBTITLE.zh() + " " + Vocabulary.INSURANCE_SUBTITLE.en(),
                            PdfWriter.PAGE_WIDTH / 2, 148, 8);
                }
                float y = 178;
                caption(canvas, Vocabulary.POLICY_NO, zh, y);
                canvas.text(policy, VALUE_X, y, 10);
                y += 24;
                caption(canvas, Vocabulary.INSURED, zh, y);
                insured = canvas.text(Formats.holderName(request.insured()), VALUE_X, y, 10);
                y += 24;
                caption(canvas, Vocabulary.PASSPORT_NO, zh, y);
                canvas.text(request.insured().passportNumber(), VALUE_X, y, 10);
                y += 24;
                caption(canvas, Vocabulary.BIRTH_DATE, zh, y);
                canvas.text(request.insured().birthDate().format(dates), VALUE_X, y, 10);
                y += 24;
                caption(canvas, Vocabulary.INSURER, zh, y);
                insurerRow = canvas.text(insurerName, VALUE_X, y, 9);
                y += 24;
                caption(canvas, Vocabulary.INSURANCE_PERIOD, zh, y);
                Placed fromWord = canvas.text(label(Vocabulary.PERIOD_FROM, zh), VALUE_X, y, 10);
                from = canvas.text(request.periodStart().format(dates), fromWord.right() + 5, y, 10);
                Placed toWord = canvas.text(label(Vocabulary.PERIOD_TO, zh), from.right() + 5, y, 10);
                to = canvas.text(request.periodEnd().format(dates), toWord.right() + 5, y, 10);
                y += 24;
                caption(canvas, Vocabulary.SUM_INSURED, zh, y);
                currencyRun = canvas.text(currency, VALUE_X, y, 10);
                amountRun = canvas.text(Formats.amount(coverage), currencyRun.right() + 6, y, 10);
                y += 24;
                caption(canvas, Vocabulary.TERRITORY, zh, y);
                territory = canvas.text(request.territory(), VALUE_X, y, 10);

                y += 36;
                canvas.bold(label(Vocabulary.COVERAGE_ITEMS, zh), LEFT, y, 11, Align.LEFT);
                canvas.fill(new Box(LEFT, y + 6, RIGHT - LEFT, 1), 0f);
                y += 24;
                for (Bilingual risk : Vocabulary.ART15_RISKS) {
                    canvas.text(zh ? risk.zh() + " " + risk.en() : risk.en(), LEFT + 8, y, 9);
                    canvas.right(label(Vocabulary.UP_TO_SUM, zh), RIGHT - 8, y, 8.5f);
                    canvas.line(LEFT, y + 7, RIGHT, y + 7, 0.3f, 0.75f);
                    y += 20;
                }
                canvas.text(label(Vocabulary.DEDUCTIBLE, zh), LEFT + 8, y, 9);
                y += 20;
                canvas.text(label(Vocabulary.ASSISTANCE, zh) + "：+86 400 800 " + String.format(Locale.ROOT, "%04d",
                        paper.nextInt(10_000)), LEFT + 8, y, 9);
                y += 30;
                canvas.text(Vocabulary.ART15_NOTE.zh(), LEFT, y, 8.5f);
                canvas.text(Vocabulary.ART15_NOTE.en(), LEFT, y + 12, 7.5f);
                y += 48;
                canvas.text(label(Vocabulary.INSURANCE_ISSUED, zh) + "：" + issued.format(dates), LEFT, y, 9);
                canvas.text(label(Vocabulary.INSURER_SEAL, zh) + "：", 360, y, 9);
                canvas.seal(455, y + 36, 34, Vocabulary.SEAL_TEXT);
                footer(canvas);
            }
            DocumentInfo genuine = DocumentInfo.genuine("Insurance Certificate " + policy, insurer.englishName(),
                    insurer.creator(), insurer.producer(), issued.atTime(9 + paper.nextInt(10), paper.nextInt(60),
                            paper.nextInt(60)));
            KeyFigureFinish.Result finished = KeyFigureFinish.finish(writer, amountRun,
                    (random, printable) -> Formats.amount(raisedCover(coverage, random, printable)),
                    false, genuine, request.anomalies(), request.seed(), request.password());
            BigDecimal shown = new BigDecimal(finished.shown().text().replace(",", ""));

            List<Figure> figures = new ArrayList<>();
            figures.add(Figures.text("insured", insured, insured.text()));
            // The insurer figure is the labelled one, "保险人 Insurer", where a reader looks for it.
            figures.add(Figures.text("insurer", insurerRow, insurerName));
            figures.add(Figures.amount("coverage", finished.shown(), shown, currency));
            figures.add(Figures.text("currency", currencyRun, currency));
            figures.add(Figures.date("period_start", from, request.periodStart()));
            figures.add(Figures.date("period_end", to, request.periodEnd()));
            figures.add(Figures.text("territory", territory, request.territory()));
            GroundTruth truth = new GroundTruth(figures, List.of(), List.of(), request.anomalies(), OptionalInt.empty(),
                    OptionalInt.empty(), finished.coveredText(), finished.editedFromText(), finished.revisions());
            String file = "insurance-" + insurer.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                    + request.language().name().toLowerCase(Locale.ROOT) + ".pdf";
            return new GeneratedDocument(file, DocumentKind.INSURANCE, finished.pdf(), 1, truth);
        }
    }

    /** A forger lifts a low cover to the Art. 15 minimum or beyond. */
    private static BigDecimal raisedCover(BigDecimal cover, SplittableRandom random, java.util.function.Predicate<String> printable) {
        for (int target : new int[] {30_000, 50_000, 60_000, 100_000}) {
            BigDecimal candidate = BigDecimal.valueOf(target).setScale(2, RoundingMode.UNNECESSARY);
            if (candidate.compareTo(cover) > 0 && printable.test(Formats.amount(candidate))) {
                return candidate;
            }
        }
        return Tampering.raisedAmount(cover, random, printable, 1);
    }

    private static String label(Bilingual label, boolean zh) {
        return zh ? label.zh() : label.en();
    }

    private static void caption(PageCanvas canvas, Bilingual label, boolean zh, float baseline) {
        if (zh) {
            canvas.text(label.zh(), LEFT, baseline - 3, 9);
            canvas.text(label.en(), LEFT, baseline + 6, 6.5f);
        } else {
            canvas.text(label.en(), LEFT, baseline, 9);
        }
    }

    private static void footer(PageCanvas canvas) {
        canvas.line(LEFT, 800, RIGHT, 800, 0.5f, 0.5f);
        canvas.text(Vocabulary.FOOTER_INSURANCE.zh(), LEFT, 811, 6.5f);
        canvas.text(Vocabulary.FOOTER_INSURANCE.en(), LEFT, 820, 6.5f);
        canvas.right(Vocabulary.PAGE_OF.zh().formatted(1, 1) + "  " + Vocabulary.PAGE_OF.en().formatted(1, 1), RIGHT, 811, 7);
    }
}
