package casedesk.demo.documents;

import java.math.BigDecimal;
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

/** Bilingual deposit certificates (存款证明书) whose balance is frozen until a date. */
public final class DepositCertificates {

    private static final float LEFT = 50;
    private static final float RIGHT = PdfWriter.PAGE_WIDTH - 50;
    private static final float VALUE_X = 200;
    private static final float ROW = 30;

    private DepositCertificates() {
    }

    public static GeneratedDocument generate(DepositRequest request) {
        SplittableRandom paper = Seeds.random(request.seed(), 3);
        Bank bank = request.bank();
        String currency = request.amount().currencyCode();
        BigDecimal amount = request.amount().amount().setScale(2, java.math.RoundingMode.UNNECESSARY);
        Vocabulary.Romanised city = Vocabulary.CITIES.get(paper.nextInt(Vocabulary.CITIES.size()));
        String branch = bank.chineseName() + city.hanzi() + Vocabulary.BRANCH_SUFFIXES.get(paper.nextInt(Vocabulary.BRANCH_SUFFIXES.size()));
        String number = bank.abbreviation() + request.issueDate().format(Formats.COMPACT)
                + String.format(Locale.ROOT, "%06d", paper.nextInt(1_000_000));
        boolean timeDeposit = paper.nextBoolean();

        try (PdfWriter writer = new PdfWriter(request.holder().nativeName(), request.holder().latinName(),
                request.accountNumber())) {
            Placed bankName;
            Placed holder;
            Placed account;
            Placed currencyRun;
            Placed amountRun;
            Placed frozen;
            Placed issued;
            try (PageCanvas canvas = writer.newPage()) {
                bankName = canvas.bold(bank.chineseName(), LEFT, 62, 16, Align.LEFT);
                canvas.text(bank.englishName(), LEFT, 76, 7.5f);
                canvas.right(Vocabulary.CERTIFICATE_NO.zh() + " " + Vocabulary.CERTIFICATE_NO.en() + "：" + number, RIGHT, 62, 8);
                canvas.line(LEFT, 86, RIGHT, 86, 1.2f, 0f);
                canvas.bold(Vocabulary.DEPOSIT_TITLE.zh(), PdfWriter.PAGE_WIDTH / 2, 124, 20, Align.CENTER);
                canvas.center(Vocabulary.DEPOSIT_TITLE.en(), PdfWriter.PAGE_WIDTH / 2, 142, 10);
                canvas.text(Vocabulary.DEPOSIT_INTRO.zh(), LEFT, 176, 9);
                canvas.text(Vocabulary.DEPOSIT_INTRO.en(), LEFT, 189, 7.5f);

                float top = 204;
                canvas.frame(new Box(LEFT, top, RIGHT - LEFT, ROW * 7), 0.8f, 0f);
                holder = row(canvas, 0, top, Vocabulary.DEPOSITOR, Formats.holderName(request.holder()));
                account = row(canvas, 1, top, Vocabulary.ACCOUNT_NUMBER, request.accountNumber());
                String currencyText = Formats.currencyName(currency).equals(currency)
                        ? currency : Formats.currencyName(currency) + " " + currency;
                currencyRun = row(canvas, 2, top, Vocabulary.CURRENCY, currencyText);
                Bilingual type = timeDeposit ? Vocabulary.TIME_DEPOSIT : Vocabulary.DEMAND_DEPOSIT;
                row(canvas, 3, top, Vocabulary.DEPOSIT_TYPE, type.zh() + " " + type.en());
                amountRun = row(canvas, 4, top, Vocabulary.AMOUNT, Formats.amount(amount));
                row(canvas, 5, top, Vocabulary.AMOUNT_IN_WORDS, Formats.currencyName(currency) + Formats.capitalAmount(amount));
                frozen = row(canvas, 6, top, Vocabulary.FROZEN_UNTIL, Formats.date(request.frozenUntil(), Formats.CHINESE));
                canvas.line(VALUE_X - 10, top, VALUE_X - 10, top + ROW * 7, 0.5f, 0f);

                float notes = top + ROW * 7 + 24;
                canvas.text(Vocabulary.DEPOSIT_FROZEN_NOTE.zh(), LEFT, notes, 8.5f);
                canvas.text(Vocabulary.DEPOSIT_FROZEN_NOTE.en(), LEFT, notes + 12, 7);
                canvas.text(Vocabulary.DEPOSIT_NOT_GUARANTEE.zh(), LEFT, notes + 30, 8.5f);
                canvas.text(Vocabulary.DEPOSIT_NOT_GUARANTEE.en(), LEFT, notes + 42, 7);

                float sign = notes + 90;
                canvas.text(Vocabulary.ISSUE_DATE.zh() + " " + Vocabulary.ISSUE_DATE.en() + "：", LEFT, sign, 9);
                issued = canvas.text(Formats.date(request.issueDate(), Formats.CHINESE), LEFT + 120, sign, 10);
                canvas.text(Vocabulary.HANDLED_BY.zh() + " " + Vocabulary.HANDLED_BY.en() + "：" + (100 + paper.nextInt(900)),
                        LEFT, sign + 26, 8);
                canvas.text(Vocabulary.CHECKED_BY.zh() + " " + Vocabulary.CHECKED_BY.en() + "：" + (100 + paper.nextInt(900)),
                        LEFT + 150, sign + 26, 8);
                canvas.text(Vocabulary.BANK_SEAL.zh() + " " + Vocabulary.BANK_SEAL.en() + "：", 360, sign, 9);
                canvas.center(branch, 455, sign + 62, 8);
                canvas.seal(455, sign + 30, 36, Vocabulary.SEAL_TEXT);
                footer(canvas);
            }
            DocumentInfo genuine = DocumentInfo.genuine("Certificate of Deposit " + number, bank.englishName(),
                    bank.creator(), bank.producer(), request.issueDate().atTime(9 + paper.nextInt(8), paper.nextInt(60),
                            paper.nextInt(60)));
            double unit = currency.equals("CNY") ? 1 : 0.15;
            KeyFigureFinish.Result finished = KeyFigureFinish.finish(writer, amountRun,
                    (random, printable) -> Formats.amount(Tampering.raisedAmount(amount, random, printable, unit)),
                    false, genuine, request.anomalies(), request.seed(), request.password());
            BigDecimal shown = new BigDecimal(finished.shown().text().replace(",", ""));

            List<Figure> figures = new ArrayList<>();
            figures.add(Figures.text("bank", bankName, bank.chineseName()));
            figures.add(Figures.text("holder", holder, holder.text()));
            figures.add(Figures.text("account_number", account, request.accountNumber()));
            figures.add(Figures.amount("amount", finished.shown(), shown, currency));
            figures.add(Figures.text("currency", currencyRun, currency));
            figures.add(Figures.date("issue_date", issued, request.issueDate()));
            figures.add(Figures.date("frozen_until", frozen, request.frozenUntil()));
            GroundTruth truth = new GroundTruth(figures, List.of(), List.of(), request.anomalies(), OptionalInt.empty(),
                    OptionalInt.empty(), finished.coveredText(), finished.editedFromText(), finished.revisions());
            String name = "deposit-" + bank.name().toLowerCase(Locale.ROOT) + "-"
                    + request.issueDate().format(Formats.COMPACT) + ".pdf";
            return new GeneratedDocument(name, DocumentKind.DEPOSIT_CERTIFICATE, finished.pdf(), 1, truth);
        }
    }

    private static Placed row(PageCanvas canvas, int index, float top, Bilingual label, String value) {
        float rowTop = top + index * ROW;
        if (index > 0) {
            canvas.line(LEFT, rowTop, RIGHT, rowTop, 0.4f, 0.4f);
        }
        canvas.text(label.zh(), LEFT + 8, rowTop + 13, 9);
        canvas.text(label.en(), LEFT + 8, rowTop + 24, 6.5f);
        return canvas.text(value, VALUE_X, rowTop + 19, 10);
    }

    static void footer(PageCanvas canvas) {
        canvas.line(LEFT, 800, RIGHT, 800, 0.5f, 0.5f);
        canvas.text(Vocabulary.FOOTER_BANK.zh(), LEFT, 811, 6.5f);
        canvas.text(Vocabulary.FOOTER_BANK.en(), LEFT, 820, 6.5f);
        canvas.right(Vocabulary.PAGE_OF.zh().formatted(1, 1) + "  " + Vocabulary.PAGE_OF.en().formatted(1, 1), RIGHT, 811, 7);
    }
}
