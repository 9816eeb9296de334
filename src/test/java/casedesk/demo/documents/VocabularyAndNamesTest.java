package casedesk.demo.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import casedesk.model.Applicant;
import casedesk.model.Figure;
import casedesk.model.Money;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** The font subset covers everything the generators print; names and ID numbers are realistic and valid. */
class VocabularyAndNamesTest {

    @Test
    void everyVocabularyStringAndEveryNameInThePoolsRendersWithTheBaseSubset() throws IOException {
        FontSubset.Subset base = FontSubset.base();
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = base.loadInto(document);
            for (String text : Vocabulary.allText()) {
                assertTrue(base.covers(text), text);
                font.encode(text);
            }
            for (String name : ChineseNames.surnamesInCharacters()) {
                font.encode(name);
            }
            for (String name : ChineseNames.givenNamesInCharacters()) {
                font.encode(name);
            }
        }
        assertTrue(Vocabulary.allText().containsAll(ChineseNames.surnamesInCharacters()));
        assertTrue(Vocabulary.allText().containsAll(ChineseNames.givenNamesInCharacters()));
    }

    @Test
    void everyGeneratorRendersAcrossManySeedsLayoutsAndPeople() {
        for (int seed = 0; seed < 24; seed++) {
            Applicant person = Samples.someone(seed);
            StatementLayout layout = StatementLayout.values()[seed % StatementLayout.values().length];
            String currency = List.of("CNY", "CNY", "USD", "EUR", "HKD").get(seed % 5);
            GeneratedDocument statement = BankStatements.generate(StatementRequest.of(layout, person, "62" + seed,
                    Samples.PERIOD_END.minusDays(seed * 3L), 3 + seed % 4, Money.of(BigDecimal.valueOf(seed * 7919L, 2)
                            .add(BigDecimal.valueOf(500)), currency), seed)
                    .withAnomalies(seed % 2 == 0 ? Set.of(Anomaly.PARKED_FUNDS, Anomaly.BROKEN_RUNNING_BALANCE) : Set.of()));
            assertTrue(statement.truth().transactions().size() > 5);
            DepositCertificates.generate(DepositRequest.of(person, Bank.values()[seed % Bank.values().length], "95" + seed,
                    Money.of("12345.60", currency), Samples.PERIOD_END, Samples.PERIOD_END.plusMonths(3), seed));
            CreditReports.generate(CreditReportRequest.of(person, 350 + seed * 25, Samples.PERIOD_END,
                    Samples.PERIOD_END.plusDays(30), Language.values()[seed % 2], seed));
            InsuranceRequest insurance = InsuranceRequest.of(person, Insurer.values()[seed % Insurer.values().length],
                    Money.of("30000", "EUR"), Samples.PERIOD_END, Samples.PERIOD_END.plusDays(15),
                    Language.values()[(seed / 2) % 2], seed);
            InsuranceCertificates.generate(insurance.withTerritory(Vocabulary.TERRITORIES.get(seed % Vocabulary.TERRITORIES.size())));
        }
    }

    @Test
    void callerTextOutsideTheVocabularyGetsAnExtendedSubsetAndIsPrinted() {
        Applicant rare = new Applicant("YAN", "LONGXIN", "爨龘鑫", LocalDate.of(1990, 1, 1), "CHN", "E00000001",
                "110101199001010015");
        assertFalse(FontSubset.base().covers("爨龘"), "the test needs characters outside the vocabulary");
        GeneratedDocument document = BankStatements.generate(StatementRequest.of(StatementLayout.ICBC, rare, "6222",
                Samples.PERIOD_END, 3, Money.of("5000.00", "CNY"), 1));
        Figure holder = document.truth().figure("holder").orElseThrow();
        assertEquals("爨龘鑫 YAN LONGXIN", holder.sourceText());
        try (PdfProbe pdf = PdfProbe.open(document.pdf())) {
            assertTrue(pdf.textIn(1, holder.box(), 1.5).contains("爨龘鑫"));
        }
    }

    @Test
    void drawnPeopleHavePassportCapitalsAndCharactersFromThePools() {
        SplittableRandom random = new SplittableRandom(1);
        Map<String, Integer> surnames = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            ChineseNames.ChinesePerson person = ChineseNames.draw(random);
            assertTrue(person.surname().matches("[A-Z]+") && person.givenNames().matches("[A-Z]+"), person.toString());
            assertTrue(person.nativeName().length() >= 2 && person.nativeName().length() <= 4, person.nativeName());
            surnames.merge(person.surname(), 1, Integer::sum);
        }
        assertTrue(surnames.get("WANG") > surnames.getOrDefault("ZHUGE", 0) * 20, "frequent surnames are frequent");
        assertTrue(surnames.size() > 60, "the pool is used widely");
    }

    @Test
    void nationalIdsCarryRegionBirthDateSequenceAndTheGb11643CheckCharacter() {
        assertEquals("11010519491231002X", ChineseNames.nationalId("110105", LocalDate.of(1949, 12, 31), 2));
        assertTrue(ChineseNames.isValidNationalId("11010519491231002X"));
        assertFalse(ChineseNames.isValidNationalId("110105194912310021"));
        assertFalse(ChineseNames.isValidNationalId("110105194902300028"), "30 February");
        SplittableRandom random = new SplittableRandom(5);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(25_000));
            String id = ChineseNames.nationalId(birth, random);
            assertTrue(ChineseNames.isValidNationalId(id), id);
            assertEquals(birth.format(Formats.COMPACT), id.substring(6, 14));
            seen.add(id);
        }
        assertTrue(seen.size() > 490);
        assertEquals("110105********002X", ChineseNames.maskedNationalId("11010519491231002X"));
    }

    @Test
    void passportNumbersAreAnEFollowedByEightDigits() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            assertTrue(ChineseNames.passportNumber(random).matches("E\\d{8}"));
        }
        Applicant applicant = ChineseNames.applicant(random, LocalDate.of(1991, 6, 30));
        assertEquals("CHN", applicant.nationality());
        assertTrue(ChineseNames.isValidNationalId(applicant.nationalId()));
        assertEquals("19910630", applicant.nationalId().substring(6, 14));
    }

    @Test
    void amountsArePrintedWithGroupingAndInCapitalNumerals() {
        assertEquals("86,400.00", Formats.amount(new BigDecimal("86400")));
        assertEquals("-242.76", Formats.amount(new BigDecimal("-242.76")));
        assertEquals("+1,234,567.80", Formats.signedAmount(new BigDecimal("1234567.8")));
        assertEquals("捌万陆仟肆佰元整", Formats.capitalAmount(new BigDecimal("86400.00")));
        assertEquals("壹仟零伍元伍角整", Formats.capitalAmount(new BigDecimal("1005.50")));
        assertEquals("壹拾万零叁元零捌分", Formats.capitalAmount(new BigDecimal("100003.08")));
        assertEquals("贰拾伍万元整", Formats.capitalAmount(new BigDecimal("250000")));
        assertEquals("壹亿零伍拾元整", Formats.capitalAmount(new BigDecimal("100000050")));
    }
}
