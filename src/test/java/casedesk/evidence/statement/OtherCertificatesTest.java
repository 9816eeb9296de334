package casedesk.evidence.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.evidence.ExtractionResult;
import casedesk.evidence.Extractor;
import casedesk.evidence.Reading;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.model.DocumentKind;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Certificates, credit reports and insurance in designs the generator does not make: amounts in
 * figures and in capital numerals checked against each other, a score found as the dominant number,
 * cover written the European way.
 */
class OtherCertificatesTest {

    private static ExtractionResult.Read extract(TablePdf pdf) throws Exception {
        return (ExtractionResult.Read) Extractor.withDefaults().extract(pdf.bytes(), PasswordCandidates.none());
    }

    private static String value(Reading reading, String name) {
        return reading.figure(name).map(f -> f.value().canonical()).orElse("(none)");
    }

    private static TablePdf deposit(String inWords) throws Exception {
        return new TablePdf().page()
                .text(200, "存款证明书", 16).down(30)
                .text(40, "存款人姓名", 9).text(140, "张晨曦", 9).down(16)
                .text(40, "存款金额（小写）", 9).text(140, "¥123,400.00", 9).down(16)
                .text(40, "存款金额（大写）", 9).text(140, inWords, 9).down(16)
                .text(40, "冻结期至", 9).text(140, "2027年01月20日", 9).down(16)
                .text(40, "出具日期", 9).text(140, "2026年10月20日", 9);
    }

    @Test
    void aDepositWhoseAmountInWordsIsItsAmountInFiguresRaisesNothing() throws Exception {
        ExtractionResult.Read read = extract(deposit("人民币壹拾贰万叁仟肆佰元整"));
        Reading reading = read.document().reading();
        assertEquals(DocumentKind.DEPOSIT_CERTIFICATE, reading.kind());
        assertEquals("123400.00", value(reading, "amount"));
        assertEquals("张晨曦", value(reading, "holder"));
        assertEquals("2027-01-20", value(reading, "frozen_until"));
        assertTrue(read.document().signals().stream().noneMatch(s -> s.code().equals("amount-words-mismatch")),
                read.document().signals().toString());
    }

    @Test
    void aDepositWhoseAmountInWordsSaysLessIsSignalled() throws Exception {
        ExtractionResult.Read read = extract(deposit("人民币壹万贰仟叁佰肆拾元整"));
        List<TamperSignal> mismatch = read.document().signals().stream()
                .filter(s -> s.code().equals("amount-words-mismatch")).toList();
        assertEquals(1, mismatch.size(), read.document().signals().toString());
        assertEquals(Severity.MEDIUM, mismatch.getFirst().severity());
        assertTrue(mismatch.getFirst().detail().contains("12,340.00"), mismatch.getFirst().detail());
    }

    @Test
    void aScoreWithoutALabelIsTheDominantNumberAndItsBandTheWordUnderIt() throws Exception {
        Reading reading = extract(new TablePdf().page()
                .text(40, "芝麻信用 · 个人信用报告", 12).down(40)
                .text(120, "350", 8).text(300, "950", 8).down(40)
                .text(190, "768", 40).down(24)
                .text(200, "极好", 12).down(30)
                .text(40, "姓名", 9).text(140, "万美玲", 9).down(16)
                .text(40, "报告日期：2026年08月16日", 9)).document().reading();
        assertEquals(DocumentKind.CREDIT_REPORT, reading.kind());
        assertEquals("768", value(reading, "score"));
        assertEquals("极好", value(reading, "band"));
        assertEquals("万美玲", value(reading, "holder"));
        assertEquals("2026-08-16", value(reading, "issue_date"));
    }

    @Test
    void readsCoverWrittenTheEuropeanWayAndAnInsuredAfterABilingualLabel() throws Exception {
        Reading reading = extract(new TablePdf().page()
                .text(40, "ATTESTATION D'ASSURANCE VOYAGE / TRAVEL INSURANCE CERTIFICATE", 11).down(30)
                .text(40, "Assuré / Insured:", 9).text(220, "ZHANG CHENXI", 9).down(16)
                .text(40, "Période / Period of insurance:", 9).text(220, "01/12/2026 – 20/12/2026", 9).down(16)
                .text(40, "Somme assurée / Sum insured:", 9).text(220, "30 000,00 €", 9).down(16)
                .text(40, "Territoire / Territory:", 9).text(220, "Schengen States", 9)).document().reading();
        assertEquals(DocumentKind.INSURANCE, reading.kind());
        assertEquals("ZHANG CHENXI", value(reading, "insured"));
        assertEquals("30000.00", value(reading, "coverage"));
        assertEquals("EUR", reading.figure("coverage").orElseThrow().currencyCode().orElseThrow());
        assertEquals("2026-12-01", value(reading, "period_start"));
        assertEquals("2026-12-20", value(reading, "period_end"));
        assertEquals("Schengen States", value(reading, "territory"));
    }
}
