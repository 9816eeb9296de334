package casedesk.demo.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import casedesk.model.DocumentKind;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.Transaction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class BankStatementsTest {

    static Stream<Arguments> layoutsAndCurrencies() {
        List<Arguments> cases = new ArrayList<>();
        long seed = 100;
        for (StatementLayout layout : StatementLayout.values()) {
            cases.add(Arguments.of(Samples.statement(layout, "86400.00", "CNY", 6, seed++)));
            cases.add(Arguments.of(Samples.statement(layout, "1520.35", "CNY", 3, seed++)));
            cases.add(Arguments.of(Samples.statement(layout, "12345.67", "USD", 4, seed++)));
            cases.add(Arguments.of(Samples.statement(layout, "250000.00", "EUR", 5, seed++)));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("layoutsAndCurrencies")
    void opensWithPdfBoxAndHasTheDeclaredPageCount(StatementRequest request) {
        GeneratedDocument document = BankStatements.generate(request);
        assertEquals(DocumentKind.BANK_STATEMENT, document.kind());
        try (PdfProbe pdf = PdfProbe.open(document.pdf())) {
            assertEquals(document.pages(), pdf.pages());
            for (int page = 1; page <= pdf.pages(); page++) {
                String text = pdf.pageText(page);
                assertTrue(text.contains("演示样本") && text.contains("notarealbankdocument"), "demo footer on page " + page);
                assertTrue(text.contains(("第" + page + "页共" + pdf.pages() + "页")), "page x of y on page " + page);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("layoutsAndCurrencies")
    void printsEveryFigureAndEveryRowInsideItsGroundTruthBox(StatementRequest request) {
        GeneratedDocument document = BankStatements.generate(request);
        GroundTruth truth = document.truth();
        try (PdfProbe pdf = PdfProbe.open(document.pdf())) {
            for (Figure figure : truth.figures()) {
                if (GroundTruth.isPrinted(figure)) {
                    String found = pdf.textIn(figure.page(), figure.box(), 1.5);
                    assertTrue(found.contains(PdfProbe.compact(figure.sourceText())),
                            figure.name() + ": '" + figure.sourceText() + "' not in its box, found '" + found + "'");
                }
            }
            for (int i = 0; i < truth.transactions().size(); i++) {
                Transaction row = truth.transactions().get(i);
                GroundTruth.RowText printed = truth.rowTexts().get(i);
                String found = pdf.textIn(row.page(), row.box(), 1.5);
                assertTrue(found.contains(printed.amount()), "row " + i + " amount " + printed.amount() + " in " + found);
                assertTrue(found.contains(printed.balance()), "row " + i + " balance " + printed.balance() + " in " + found);
                assertTrue(found.startsWith(printed.date()), "row " + i + " starts with its date " + printed.date());
                assertTrue(found.contains(PdfProbe.compact(row.description())), "row " + i + " description");
                assertTrue(found.contains(PdfProbe.compact(row.counterparty())), "row " + i + " counterparty");
            }
        }
        assertEquals(Set.of("bank", "holder", "account_number", "currency", "period_start", "period_end",
                "opening_balance", "closing_balance", "total_credits", "total_debits", "average_balance",
                "minimum_balance"), truth.figures().stream().map(Figure::name).collect(java.util.stream.Collectors.toSet()));
    }

    @ParameterizedTest
    @MethodSource("layoutsAndCurrencies")
    void genuineStatementReconcilesRowByRowAndInTotal(StatementRequest request) {
        GroundTruth truth = BankStatements.generate(request).truth();
        String currency = request.currencyCode();
        Money opening = amount(truth, "opening_balance");
        Money closing = amount(truth, "closing_balance");
        assertTrue(closing.isSameValueAs(request.closingBalance()), "closing balance exactly as requested");
        Money credits = Money.zero(currency);
        Money debits = Money.zero(currency);
        Money running = opening;
        assertFalse(opening.isNegative());
        for (Transaction row : truth.transactions()) {
            running = running.plus(row.amount());
            assertTrue(running.isSameValueAs(row.balance().orElseThrow()), "row " + row + " reconciles");
            assertFalse(running.isNegative(), "never overdrawn");
            if (row.isCredit()) {
                credits = credits.plus(row.amount());
            } else {
                debits = debits.minus(row.amount());
            }
            assertFalse(row.date().isBefore(request.periodStart()) || row.date().isAfter(request.periodEnd()));
        }
        assertTrue(credits.isSameValueAs(amount(truth, "total_credits")));
        assertTrue(debits.isSameValueAs(amount(truth, "total_debits")));
        assertTrue(opening.plus(credits).minus(debits).isSameValueAs(closing));
        assertEquals(OptionalInt.empty(), truth.brokenRow());
        assertEquals(request.periodStart(), date(truth, "period_start"));
        assertEquals(request.periodEnd(), date(truth, "period_end"));
        assertEquals(currency, truth.figure("currency").orElseThrow().value().canonical());
        assertTrue(truth.transactions().stream().anyMatch(Transaction::isCredit));
    }

    @ParameterizedTest
    @MethodSource("layoutsAndCurrencies")
    void averageAndMinimumBalanceMatchAnIndependentRecomputation(StatementRequest request) {
        GroundTruth truth = BankStatements.generate(request).truth();
        LocalDate start = date(truth, "period_start");
        LocalDate end = date(truth, "period_end");
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal lowest = null;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            BigDecimal endOfDay = amount(truth, "opening_balance").amount();
            for (Transaction row : truth.transactions()) {
                if (!row.date().isAfter(day)) {
                    endOfDay = row.balance().orElseThrow().amount();
                }
            }
            sum = sum.add(endOfDay);
            lowest = lowest == null || endOfDay.compareTo(lowest) < 0 ? endOfDay : lowest;
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        assertEquals(0, sum.divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_EVEN)
                .compareTo(amount(truth, "average_balance").amount()));
        assertEquals(0, lowest.compareTo(amount(truth, "minimum_balance").amount()));
        Figure average = truth.figure("average_balance").orElseThrow();
        assertTrue(average.sourceText().contains(days + " end-of-day balances"));
        try (PdfProbe pdf = PdfProbe.open(BankStatements.generate(request).pdf())) {
            assertTrue(pdf.textIn(1, average.box(), 1).contains("Balance"), "average points at the balance column header");
        }
    }

    @ParameterizedTest
    @EnumSource(StatementLayout.class)
    void carriesCounterpartiesOnlyWhereTheLayoutHasTheColumn(StatementLayout layout) {
        GroundTruth truth = BankStatements.generate(Samples.statement(layout)).truth();
        boolean anyCounterparty = truth.transactions().stream().anyMatch(row -> !row.counterparty().isEmpty());
        assertEquals(layout.hasCounterparty(), anyCounterparty);
    }

    @Test
    void bocStatementRepeatsTheHeaderOnEveryPageAndCarriesTheBalanceForward() {
        GeneratedDocument document = BankStatements.generate(Samples.statement(StatementLayout.BOC));
        assertTrue(document.pages() >= 2, "six months of a BOC statement run over several pages");
        try (PdfProbe pdf = PdfProbe.open(document.pdf())) {
            for (int page = 1; page <= pdf.pages(); page++) {
                String text = pdf.pageText(page);
                assertTrue(text.contains("交易日期") && text.contains("币别") && text.contains("余额"), "header on page " + page);
                assertEquals(page > 1, text.contains("承前页Broughtforward"), "brought forward on page " + page);
                assertEquals(page < pdf.pages(), text.contains("过次页Carriedforward"), "carried forward on page " + page);
            }
        }
        List<Integer> pages = document.truth().transactions().stream().map(Transaction::page).toList();
        assertEquals(document.pages(), pages.getLast());
    }

    @Test
    void layoutsPrintTheirOwnDateFormatsAndColumns() {
        assertEquals("2026-08-31", BankStatements.generate(Samples.statement(StatementLayout.ICBC)).truth()
                .figure("period_end").orElseThrow().sourceText());
        assertEquals("20260831", BankStatements.generate(Samples.statement(StatementLayout.CCB)).truth()
                .figure("period_end").orElseThrow().sourceText());
        assertEquals("2026/08/31", BankStatements.generate(Samples.statement(StatementLayout.BOC)).truth()
                .figure("period_end").orElseThrow().sourceText());
        GroundTruth icbc = BankStatements.generate(Samples.statement(StatementLayout.ICBC)).truth();
        assertTrue(icbc.rowTexts().stream().allMatch(row -> row.amount().startsWith("+") || row.amount().startsWith("-")));
        GroundTruth ccb = BankStatements.generate(Samples.statement(StatementLayout.CCB)).truth();
        assertTrue(ccb.rowTexts().stream().noneMatch(row -> row.amount().startsWith("-")), "CCB splits debit and credit");
        try (PdfProbe pdf = PdfProbe.open(BankStatements.generate(Samples.statement(StatementLayout.ICBC)).pdf())) {
            String text = pdf.pageText(1);
            for (String label : List.of("交易日期", "摘要", "交易金额", "账户余额", "对方户名", "借方发生总额", "贷方发生总额",
                    "中国工商银行", "WANGXIAOMING", "王小明")) {
                assertTrue(text.contains(label), label);
            }
        }
    }

    @Test
    void genuineStatementCarriesReportEngineMetadataCreatedWhenModified() throws IOException {
        GeneratedDocument document = BankStatements.generate(Samples.statement(StatementLayout.ICBC));
        try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals("JasperReports Library version 6.20.6", info.getProducer());
            assertEquals(Bank.ICBC.creator(), info.getCreator());
            assertEquals(info.getCreationDate().toInstant(), info.getModificationDate().toInstant());
            assertTrue(PdfProbe.day(info.getCreationDate()).isAfter(Samples.PERIOD_END));
        }
        assertEquals(1, PdfProbe.revisions(document.pdf()));
    }

    @Test
    void editedBalanceIsSavedAsASecondRevisionThatNoLongerReconcilesAtTheLastRow() {
        StatementRequest request = Samples.statement(StatementLayout.ICBC)
                .withAnomalies(Set.of(Anomaly.EDITED_BALANCE_INCREMENTAL));
        GeneratedDocument document = BankStatements.generate(request);
        GroundTruth truth = document.truth();
        assertEquals(2, PdfProbe.revisions(document.pdf()));
        assertEquals(2, PdfProbe.startXrefs(document.pdf()));
        assertEquals(2, truth.revisions());
        Figure closing = truth.figure("closing_balance").orElseThrow();
        assertEquals("86,400.00", truth.editedFromText().orElseThrow());
        assertTrue(((FigureValue.Amount) closing.value()).money().compareTo(request.closingBalance()) > 0, "raised");
        int last = truth.transactions().size() - 1;
        assertEquals(OptionalInt.of(last), truth.brokenRow());
        assertEquals(OptionalInt.of(last), firstUnreconciledRow(truth));
        assertTrue(truth.transactions().get(last).balance().orElseThrow().isSameValueAs(
                ((FigureValue.Amount) closing.value()).money()));
        try (PdfProbe pdf = PdfProbe.open(document.pdf())) {
            assertTrue(pdf.textIn(closing.page(), closing.box(), 1.5).contains(closing.sourceText()));
            assertFalse(pdf.allText().contains("86,400.00"), "the edit replaced both runs");
            Transaction lastRow = truth.transactions().get(last);
            assertTrue(pdf.textIn(lastRow.page(), lastRow.box(), 1.5).contains(closing.sourceText()));
        }
        try (PdfProbe original = PdfProbe.open(PdfProbe.firstRevision(document.pdf()))) {
            assertTrue(original.pageText(1).contains("86,400.00"), "the first revision still shows the genuine balance");
        }
    }

    @Test
    void editorProducerShowsAnEditingToolAndAModificationDaysAfterCreation() throws IOException {
        for (Set<Anomaly> anomalies : List.of(Set.of(Anomaly.EDITOR_PRODUCER),
                Set.of(Anomaly.EDITOR_PRODUCER, Anomaly.EDITED_BALANCE_INCREMENTAL))) {
            GeneratedDocument document = BankStatements.generate(Samples.statement(StatementLayout.CMB).withAnomalies(anomalies));
            try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
                PDDocumentInformation info = pdf.getDocumentInformation();
                assertFalse(info.getProducer().contains("FastReport"), info.getProducer());
                assertTrue(Stream.of("Word", "iLovePDF", "Smallpdf", "Ghostscript", "SAMBox", "Foxit", "Acrobat", "LibreOffice")
                        .anyMatch(tool -> info.getProducer().contains(tool)), info.getProducer());
                assertTrue(ChronoUnit.DAYS.between(info.getCreationDate().toInstant(),
                        info.getModificationDate().toInstant()) >= 2);
            }
        }
    }

    @Test
    void coveredClosingBalanceHidesTheOriginalUnderAWhiteBoxButLeavesItInTheTextLayer() {
        GeneratedDocument document = BankStatements.generate(Samples.statement(StatementLayout.CCB)
                .withAnomalies(Set.of(Anomaly.COVERED_FIGURE)));
        GroundTruth truth = document.truth();
        Figure closing = truth.figure("closing_balance").orElseThrow();
        assertEquals("86,400.00", truth.coveredText().orElseThrow());
        assertNotEquals("86,400.00", closing.sourceText());
        try (PdfProbe pdf = PdfProbe.open(document.pdf())) {
            String around = pdf.textIn(1, closing.box(), 2);
            assertTrue(around.contains(closing.sourceText()), "the new value is visible text: " + around);
            assertTrue(around.contains("86,400.00"), "the hidden value is still in the text layer: " + around);
            COSArray contents = pdf.document().getPage(0).getCOSObject().getCOSArray(COSName.CONTENTS);
            assertTrue(contents.size() >= 2, "the cover is an appended content stream");
        }
        Transaction last = truth.transactions().getLast();
        assertTrue(last.balance().orElseThrow().isSameValueAs(Money.of("86400.00", "CNY")), "the table still ends on the truth");
    }

    @ParameterizedTest
    @EnumSource(StatementLayout.class)
    void brokenRunningBalanceBreaksExactlyAtTheRecordedRowAndResumesTheTrueSeries(StatementLayout layout) {
        GeneratedDocument document = BankStatements.generate(Samples.statement(layout)
                .withAnomalies(Set.of(Anomaly.BROKEN_RUNNING_BALANCE)));
        GroundTruth truth = document.truth();
        int broken = truth.brokenRow().orElseThrow();
        assertEquals(OptionalInt.of(broken), firstUnreconciledRow(truth));
        assertTrue(broken > 0 && broken < truth.transactions().size() - 1, "a middle row");
        List<Transaction> rows = truth.transactions();
        Money trueBalance = rows.get(broken - 1).balance().orElseThrow().plus(rows.get(broken).amount());
        Money next = trueBalance.plus(rows.get(broken + 1).amount());
        assertTrue(next.isSameValueAs(rows.get(broken + 1).balance().orElseThrow()), "the rows after continue the truth");
        assertTrue(amount(truth, "opening_balance").plus(amount(truth, "total_credits")).minus(amount(truth, "total_debits"))
                .isSameValueAs(amount(truth, "closing_balance")), "the totals still add up");
        try (PdfProbe pdf = PdfProbe.open(document.pdf())) {
            Transaction row = rows.get(broken);
            assertTrue(pdf.textIn(row.page(), row.box(), 1.5).contains(truth.rowTexts().get(broken).balance()));
        }
    }

    @ParameterizedTest
    @MethodSource("layoutsAndCurrencies")
    void parkedFundsAreALargeRoundCreditInTheLastWeek(StatementRequest genuine) {
        StatementRequest request = genuine.withAnomalies(Set.of(Anomaly.PARKED_FUNDS));
        GroundTruth truth = BankStatements.generate(request).truth();
        Transaction parked = truth.transactions().get(truth.parkedRow().orElseThrow());
        assertTrue(parked.isCredit());
        long daysBeforeEnd = ChronoUnit.DAYS.between(parked.date(), request.periodEnd());
        assertTrue(daysBeforeEnd >= 2 && daysBeforeEnd <= 7, "parked " + daysBeforeEnd + " days before the end");
        BigDecimal value = parked.amount().amount();
        assertEquals(0, value.remainder(BigDecimal.valueOf(100)).signum(), "round: " + value);
        assertEquals(OptionalInt.empty(), firstUnreconciledRow(truth));
        assertTrue(amount(truth, "closing_balance").isSameValueAs(request.closingBalance()));
    }

    @Test
    void passwordProtectedStatementOpensOnlyWithItsPassword() throws IOException {
        GeneratedDocument document = BankStatements.generate(Samples.statement(StatementLayout.BOC)
                .withAnomalies(Set.of(Anomaly.EDITED_BALANCE_INCREMENTAL)).withPassword("171234"));
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(document.pdf()).close());
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(document.pdf(), "wrong").close());
        try (PDDocument pdf = Loader.loadPDF(document.pdf(), "171234")) {
            assertTrue(pdf.isEncrypted());
            assertEquals(256, pdf.getEncryption().getLength());
            assertEquals(document.pages(), pdf.getNumberOfPages());
        }
        assertEquals(2, PdfProbe.revisions(document.pdf()));
        Figure closing = document.truth().figure("closing_balance").orElseThrow();
        try (PdfProbe pdf = PdfProbe.open(document.pdf(), "171234")) {
            assertTrue(pdf.textIn(1, closing.box(), 1.5).contains(closing.sourceText()), "the edit is readable");
        }
    }

    @Test
    void sameRequestGivesTheSameBytesAndAnotherSeedOtherBytes() {
        for (StatementRequest request : List.of(Samples.statement(StatementLayout.ICBC),
                Samples.statement(StatementLayout.BOC).withAnomalies(EnumSet.allOf(Anomaly.class).stream()
                        .filter(a -> a != Anomaly.COVERED_FIGURE).collect(java.util.stream.Collectors.toSet()))
                        .withPassword("secret"),
                Samples.statement(StatementLayout.CCB).withAnomalies(Set.of(Anomaly.COVERED_FIGURE)))) {
            GeneratedDocument first = BankStatements.generate(request);
            GeneratedDocument second = BankStatements.generate(request);
            assertArrayEquals(first.pdf(), second.pdf(), request.layout() + " " + request.anomalies());
            assertEquals(first.truth(), second.truth());
            assertFalse(java.util.Arrays.equals(first.pdf(), BankStatements.generate(request.withSeed(request.seed() + 1)).pdf()));
        }
    }

    @Test
    void generatorsAreSafeToCallFromSeveralThreads() throws Exception {
        List<StatementRequest> requests = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            requests.add(Samples.statement(StatementLayout.values()[i % 4], "86400.00", "CNY", 3 + i % 4, 500 + i)
                    .withAnomalies(i % 3 == 0 ? Set.of(Anomaly.EDITED_BALANCE_INCREMENTAL) : Set.of()));
        }
        List<byte[]> sequential = requests.stream().map(r -> BankStatements.generate(r).pdf()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> parallel = new ArrayList<>();
            for (StatementRequest request : requests) {
                parallel.add(pool.submit(() -> BankStatements.generate(request).pdf()));
            }
            for (int i = 0; i < requests.size(); i++) {
                assertArrayEquals(sequential.get(i), parallel.get(i).get(), "request " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesRequestsItCannotHonour() {
        assertThrows(IllegalArgumentException.class, () -> Samples.statement(StatementLayout.ICBC, "100.00", "CNY", 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Samples.statement(StatementLayout.ICBC, "-1.00", "CNY", 3, 1));
        assertThrows(IllegalArgumentException.class, () -> Samples.statement(StatementLayout.ICBC)
                .withAnomalies(Set.of(Anomaly.COVERED_FIGURE, Anomaly.EDITED_BALANCE_INCREMENTAL)));
    }

    static OptionalInt firstUnreconciledRow(GroundTruth truth) {
        Money previous = amount(truth, "opening_balance");
        for (int i = 0; i < truth.transactions().size(); i++) {
            Transaction row = truth.transactions().get(i);
            Money printed = row.balance().orElseThrow();
            if (!previous.plus(row.amount()).isSameValueAs(printed)) {
                return OptionalInt.of(i);
            }
            previous = printed;
        }
        return OptionalInt.empty();
    }

    static Money amount(GroundTruth truth, String name) {
        return ((FigureValue.Amount) truth.figure(name).orElseThrow().value()).money();
    }

    static LocalDate date(GroundTruth truth, String name) {
        return ((FigureValue.Date) truth.figure(name).orElseThrow().value()).date();
    }
}
