package casedesk.evidence.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The randomiser itself: a seed always draws the same statement, the corpus that
 * {@code RandomLayoutsTest} reads really varies in every feature, and each truth adds up.
 */
class RandomStatementsTest {

    private static List<RandomStatements.Generated> corpus;

    @BeforeAll
    static void draw() {
        corpus = RandomStatements.corpus(RandomStatements.MASTER_SEED, RandomStatements.DOCUMENTS);
    }

    @Test
    void aSeedAlwaysDrawsTheSameStatement() {
        for (long seed : RandomStatements.seeds(42, 5)) {
            RandomStatements.Generated once = RandomStatements.generate(seed, Library.OPENPDF);
            RandomStatements.Generated again = RandomStatements.generate(seed, Library.OPENPDF);
            assertEquals(once.layout(), again.layout());
            assertEquals(once.truth(), again.truth());
            assertEquals(once.drawing(), again.drawing());
        }
        assertEquals(corpus.get(7).drawing(), RandomStatements.corpus(RandomStatements.MASTER_SEED, 8).get(7).drawing());
        assertNotEquals(corpus.get(0).truth(), corpus.get(1).truth());
    }

    @Test
    void theCorpusVariesInEveryFeature() {
        assertEquals(RandomStatements.DOCUMENTS, corpus.size());
        Set<List<ColumnKind>> orders = distinct(g -> g.layout().columns());
        assertTrue(orders.size() >= 150, () -> orders.size() + " column orders");
        assertAll(Library.class, g -> g.layout().library());
        assertAll(Face.class, g -> g.layout().face());
        assertAll(Language.class, g -> g.layout().language());
        assertAll(DateForm.class, g -> g.layout().dateForm());
        assertAll(TimeMode.class, g -> g.layout().timeMode());
        assertAll(SignStyle.class, g -> g.layout().signStyle());
        assertAll(BalanceMode.class, g -> g.layout().balanceMode());
        assertAll(Placement.class, g -> g.layout().placement());
        assertAll(PageSize.class, g -> g.layout().pageSize());
        assertEquals(Set.of(1, 2, 3), distinct(g -> g.drawing().pages().size()));
        for (Function<Layout, Boolean> flag : List.<Function<Layout, Boolean>>of(Layout::descending, Layout::ruled,
                Layout::wrapped, Layout::thousands, Layout::periodSplit, Layout::amountsWithCurrency,
                Layout::repeatHeader, Layout::pageHeader, Layout::footer, Layout::forwardRows, Layout::totalRow)) {
            assertEquals(Set.of(true, false), distinct(g -> flag.apply(g.layout())));
        }
        double tightest = corpus.stream().mapToDouble(g -> g.layout().gap() / g.layout().fontSize()).min().orElseThrow();
        assertTrue(tightest < 1.02 && tightest >= 1, "columns come as close as 1 em: " + tightest);
        Set<String> headings = corpus.stream().flatMap(g -> g.layout().headings().values().stream())
                .flatMap(List::stream).collect(Collectors.toSet());
        assertTrue(headings.containsAll(Set.of("交易日期", "记账日期", "Value Date", "Posting Date", "交易金额", "发生额",
                "收入", "支出", "借方发生额", "贷方发生额", "Deposit", "Withdrawal", "Paid in", "Paid out", "Debit", "Credit",
                "余额", "账户余额", "Balance", "摘要", "Particulars", "对方户名", "Counterparty")), headings::toString);
    }

    @Test
    void everyTruthAddsUpAndEveryFontFitsItsText() {
        for (RandomStatements.Generated g : corpus) {
            Truth truth = g.truth();
            BigDecimal running = truth.opening();
            for (Truth.Row row : truth.rows()) {
                running = running.add(row.amount());
                assertEquals(running, row.balanceAfter(), g.id());
                assertTrue(!row.date().isBefore(truth.periodStart()) && !row.date().isAfter(truth.periodEnd()), g.id());
            }
            assertEquals(running, truth.closing(), g.id());
            if (g.layout().face() != Face.NOTO_SANS_SC) {
                assertEquals(Language.ENGLISH, g.layout().language(), g.id());
            }
        }
    }

    @Test
    void bothLibrariesWriteTheSameTextInEveryFace() throws Exception {
        for (Face face : Face.values()) {
            RandomStatements.Generated drawn = corpus.stream().filter(g -> g.layout().face() == face).findFirst()
                    .orElseThrow();
            String pdfbox = text(PdfBoxRenderer.render(drawn.drawing()));
            byte[] written = OpenPdfRenderer.render(drawn.drawing());
            assertEquals(pdfbox, text(written), drawn.id());
            assertTrue(pdfbox.contains(drawn.truth().holder()), pdfbox);
            try (PDDocument document = Loader.loadPDF(written)) {
                assertEquals(drawn.drawing().pages().size(), document.getNumberOfPages(), drawn.id());
            }
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static <T> Set<T> distinct(Function<RandomStatements.Generated, T> feature) {
        Set<T> values = new HashSet<>();
        corpus.forEach(g -> values.add(feature.apply(g)));
        return values;
    }

    private static <E extends Enum<E>> void assertAll(Class<E> type, Function<RandomStatements.Generated, E> feature) {
        Set<E> seen = distinct(feature);
        assertEquals(EnumSet.allOf(type), seen.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(seen), type.getSimpleName());
    }
}
