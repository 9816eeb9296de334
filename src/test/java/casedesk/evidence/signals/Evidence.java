package casedesk.evidence.signals;

import casedesk.demo.documents.Anomaly;
import casedesk.demo.documents.Bank;
import casedesk.demo.documents.BankStatements;
import casedesk.demo.documents.ChineseNames;
import casedesk.demo.documents.CreditReportRequest;
import casedesk.demo.documents.CreditReports;
import casedesk.demo.documents.DepositCertificates;
import casedesk.demo.documents.DepositRequest;
import casedesk.demo.documents.GeneratedDocument;
import casedesk.demo.documents.InsuranceCertificates;
import casedesk.demo.documents.InsuranceRequest;
import casedesk.demo.documents.Insurer;
import casedesk.demo.documents.Language;
import casedesk.demo.documents.StatementLayout;
import casedesk.demo.documents.StatementRequest;
import casedesk.evidence.DocumentReader;
import casedesk.evidence.Reading;
import casedesk.model.Applicant;
import casedesk.model.Money;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Generated evidence for the signal tests, and the signals a file raises when read as the extractor reads it. */
final class Evidence {

    static final LocalDate PERIOD_END = LocalDate.of(2026, 10, 20);

    private Evidence() {
    }

    static Applicant someone(long seed) {
        return ChineseNames.applicant(new SplittableRandom(seed), LocalDate.of(1985, 3, 9));
    }

    static GeneratedDocument statement(StatementLayout layout, int months, Money closing, Set<Anomaly> anomalies, long seed) {
        return BankStatements.generate(StatementRequest.of(layout, someone(seed), "6222021234567890123", PERIOD_END, months,
                closing, seed).withAnomalies(anomalies));
    }

    static GeneratedDocument statement(StatementLayout layout, Set<Anomaly> anomalies, long seed) {
        return statement(layout, 4, Money.of("86400.00", "CNY"), anomalies, seed);
    }

    static GeneratedDocument deposit(Bank bank, Set<Anomaly> anomalies, long seed) {
        return DepositCertificates.generate(DepositRequest.of(someone(seed), bank, "6216611234567890123",
                Money.of("150000.00", "CNY"), PERIOD_END, PERIOD_END.plusMonths(3), seed).withAnomalies(anomalies));
    }

    static GeneratedDocument creditReport(int score, Language language, Set<Anomaly> anomalies, long seed) {
        return CreditReports.generate(CreditReportRequest.of(someone(seed), score, LocalDate.of(2026, 10, 25),
                LocalDate.of(2026, 11, 24), language, seed).withAnomalies(anomalies));
    }

    static GeneratedDocument insurance(Insurer insurer, String cover, Language language, Set<Anomaly> anomalies, long seed) {
        return InsuranceCertificates.generate(InsuranceRequest.of(someone(seed), insurer, Money.of(cover, "EUR"),
                LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 25), language, seed).withAnomalies(anomalies));
    }

    static List<TamperSignal> signals(GeneratedDocument document) {
        return signals(document.pdf(), "");
    }

    /** Opens, reads and checks the file the way extraction does. */
    static List<TamperSignal> signals(byte[] pdf, String password) {
        try (PDDocument document = Loader.loadPDF(pdf, password)) {
            Reading reading = DocumentReader.read(document, () -> { });
            return TamperSignals.detect(new SignalInput(pdf, document, reading, password));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TamperSignal> withCode(List<TamperSignal> signals, String code) {
        return signals.stream().filter(s -> s.code().equals(code)).toList();
    }

    static List<TamperSignal> atLeast(List<TamperSignal> signals, Severity severity) {
        return signals.stream().filter(s -> s.severity().compareTo(severity) >= 0).toList();
    }

    static String describe(List<TamperSignal> signals) {
        StringBuilder text = new StringBuilder();
        for (TamperSignal signal : signals) {
            text.append("\n  ").append(signal.severity()).append(' ').append(signal.code()).append(" p")
                    .append(signal.page().map(String::valueOf).orElse("-")).append(": ").append(signal.detail());
        }
        return text.isEmpty() ? " (no signals)" : text.toString();
    }
}
