package casedesk.demo;

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
import casedesk.evidence.Extracted;
import casedesk.evidence.ExtractionResult;
import casedesk.evidence.Extractor;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.Money;
import casedesk.model.Outcome;
import casedesk.model.Trip;
import casedesk.model.VisaCase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plans one demo case from its profile: the applicant, the trip, the documents (generated PDFs with
 * their ground truth) and, for a case already dealt with, the decision. A pure function of the seed
 * and the case's place in the caseload, so that cases can be planned in parallel and still come out
 * the same every time.
 */
final class CasePlanner {

    /** Where a case stands when the demo is built. */
    enum Stage { OPEN, DOCUMENTS_REQUESTED, DECIDED }

    /** What the planner needs to know of a case before planning it. */
    record Skeleton(int index, int serial, Profile profile, Stage stage, LocalDate lodged) {
    }

    record DecisionPlan(Outcome outcome, List<Integer> grounds, String note, String officer, LocalDate on, LocalTime at) {
    }

    /** A case ready to store: its documents, each read by the evidence reader as an import would read it. */
    record CasePlan(Skeleton skeleton, VisaCase visaCase, List<GeneratedDocument> documents,
            List<Extracted> readings, Optional<DecisionPlan> decision) {
    }

    /**
     * The demo's rough idea of the means required, to make funds ample or borderline. It is not the
     * rule (that lives in the rule set, with its sources): about EUR 85.70 a day at about 7.9 CNY/EUR.
     */
    private static final BigDecimal CNY_PER_DAY = new BigDecimal("677.03");

    private static final List<String> OFFICERS = List.of("amartin", "jdupont");
    private static final String[] PURPOSES = {"tourism", "tourism", "tourism", "business", "business", "visiting family or friends"};

    private final long seed;
    private final Extractor extractor;

    CasePlanner(long seed, Extractor extractor) {
        this.seed = seed;
        this.extractor = extractor;
    }

    CasePlan plan(Skeleton skeleton) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + skeleton.index());
        Profile profile = skeleton.profile();
        ChineseNames.ChinesePerson person = ChineseNames.draw(random);
        LocalDate birth = skeleton.lodged().minusYears(22 + random.nextInt(45)).minusDays(random.nextInt(365));
        Applicant applicant = new Applicant(person.surname(), person.givenNames(), person.nativeName(), birth, "CHN",
                ChineseNames.passportNumber(random), ChineseNames.nationalId(birth, random));
        LocalDate entry = skeleton.lodged().plusDays(14 + random.nextInt(50));
        int days = 3 + random.nextInt(19);
        Trip trip = new Trip(entry, entry.plusDays(days - 1), PURPOSES[random.nextInt(PURPOSES.length)], "LU", "C");
        VisaCase visaCase = VisaCase.lodged(CaseReference.of("LU", "SHA", skeleton.lodged().getYear(), skeleton.serial()),
                skeleton.lodged(), applicant, trip);

        List<GeneratedDocument> documents = documents(profile, applicant, visaCase, random);
        List<Extracted> readings = documents.stream().map(this::read).toList();
        return new CasePlan(skeleton, visaCase, documents, readings, decision(skeleton, documents, random));
    }

    private Extracted read(GeneratedDocument document) {
        return switch (extractor.extract(document.pdf(), PasswordCandidates.none())) {
            case ExtractionResult.Read read -> read.document();
            case ExtractionResult.Failed failed -> throw new IllegalStateException(
                    "the demo's own " + document.fileName() + " could not be read: " + failed.message());
        };
    }

    private List<GeneratedDocument> documents(Profile profile, Applicant applicant, VisaCase visaCase,
            SplittableRandom random) {
        Trip trip = visaCase.trip();
        BigDecimal required = CNY_PER_DAY.multiply(BigDecimal.valueOf(trip.days()));
        boolean sesamePath = switch (profile) {
            case SESAME_CLEAN, STALE_REPORT, LOW_SCORE -> true;
            case INSURANCE_LOW_COVER, INSURANCE_SHORT -> random.nextInt(3) == 0;
            default -> false;
        };
        boolean missingInsurance = profile == Profile.MISSING_DOCUMENTS && random.nextBoolean();
        boolean missingMeans = profile == Profile.MISSING_DOCUMENTS && !missingInsurance;

        List<GeneratedDocument> documents = new ArrayList<>();
        if (sesamePath) {
            documents.add(creditReport(profile, applicant, visaCase.lodged(), random));
        } else if (!missingMeans) {
            documents.add(statement(profile, applicant, visaCase.lodged(), required, random));
            if (profile == Profile.BANK_CLEAN && random.nextInt(4) == 0) {
                documents.add(depositCertificate(applicant, visaCase.lodged(), trip, required, random));
            }
        }
        if (!missingInsurance) {
            documents.add(insurance(profile, applicant, trip, random));
        }
        return documents;
    }

    private GeneratedDocument statement(Profile profile, Applicant applicant, LocalDate lodged, BigDecimal required,
            SplittableRandom random) {
        StatementLayout layout = StatementLayout.values()[random.nextInt(StatementLayout.values().length)];
        double factor = switch (profile) {
            case BORDERLINE_FUNDS -> 0.96 + random.nextDouble() * 0.08;
            case BANK_CLEAN -> 2.5 + random.nextDouble() * 10;
            default -> 1.5 + random.nextDouble() * 6;
        };
        Money closing = Money.of(required.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_EVEN), "CNY");
        Set<Anomaly> anomalies = switch (profile) {
            case EDITED_STATEMENT -> EnumSet.of(Anomaly.EDITED_BALANCE_INCREMENTAL);
            case EDITOR_METADATA -> EnumSet.of(Anomaly.EDITOR_PRODUCER);
            case BROKEN_BALANCE -> EnumSet.of(Anomaly.BROKEN_RUNNING_BALANCE);
            case COVERED_FIGURE -> EnumSet.of(Anomaly.COVERED_FIGURE);
            case PARKED_FUNDS -> EnumSet.of(Anomaly.PARKED_FUNDS);
            default -> EnumSet.noneOf(Anomaly.class);
        };
        Applicant holder = profile == Profile.NAME_MISMATCH ? relative(applicant, random) : applicant;
        return BankStatements.generate(StatementRequest.of(layout, holder, accountNumber(layout.bank(), random),
                lodged.minusDays(2 + random.nextInt(19)), 3 + random.nextInt(4), closing, random.nextLong())
                .withAnomalies(anomalies));
    }

    private GeneratedDocument depositCertificate(Applicant applicant, LocalDate lodged, Trip trip, BigDecimal required,
            SplittableRandom random) {
        BigDecimal amount = required.multiply(BigDecimal.valueOf(3 + random.nextInt(8)))
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.CEILING).multiply(BigDecimal.valueOf(1000))
                .setScale(2);
        LocalDate issued = lodged.minusDays(1 + random.nextInt(10));
        Bank bank = Bank.values()[random.nextInt(Bank.values().length)];
        return DepositCertificates.generate(DepositRequest.of(applicant, bank, accountNumber(bank, random),
                Money.of(amount, "CNY"), issued, trip.exit().plusDays(30 + random.nextInt(60)), random.nextLong()));
    }

    private GeneratedDocument creditReport(Profile profile, Applicant applicant, LocalDate lodged,
            SplittableRandom random) {
        int score = switch (profile) {
            case LOW_SCORE -> random.nextInt(4) == 0 ? 749 : 620 + random.nextInt(129);
            default -> random.nextInt(6) == 0 ? 750 : 751 + random.nextInt(150);
        };
        LocalDate issued = profile == Profile.STALE_REPORT
                ? lodged.minusDays(45 + random.nextInt(120))
                : lodged.minusDays(1 + random.nextInt(14));
        Language language = random.nextInt(5) < 3 ? Language.ZH : Language.EN;
        return CreditReports.generate(CreditReportRequest.of(applicant, score, issued, issued.plusDays(30), language,
                random.nextLong()));
    }

    private GeneratedDocument insurance(Profile profile, Applicant applicant, Trip trip, SplittableRandom random) {
        int cover = switch (profile) {
            case INSURANCE_LOW_COVER -> random.nextBoolean() ? 20_000 : 25_000;
            default -> new int[] {30_000, 30_000, 50_000, 100_000}[random.nextInt(4)];
        };
        LocalDate start = trip.entry().minusDays(random.nextInt(3));
        // Short cover ends one to five days before the trip does, but never before the trip starts.
        LocalDate end = profile == Profile.INSURANCE_SHORT
                ? trip.exit().minusDays(1 + random.nextInt((int) Math.min(5, trip.days() - 1)))
                : trip.exit().plusDays(random.nextInt(4));
        Language language = random.nextBoolean() ? Language.ZH : Language.EN;
        return InsuranceCertificates.generate(InsuranceRequest.of(applicant,
                Insurer.values()[random.nextInt(Insurer.values().length)],
                Money.of(BigDecimal.valueOf(cover).setScale(2), "EUR"), start, end, language, random.nextLong()));
    }

    /** Someone else, a relative or a sponsor, whose account the statement really is. */
    private static Applicant relative(Applicant applicant, SplittableRandom random) {
        ChineseNames.ChinesePerson other;
        do {
            other = ChineseNames.draw(random);
        } while (other.nativeName().equals(applicant.nativeName()));
        LocalDate birth = applicant.birthDate().minusYears(26);
        return new Applicant(other.surname(), other.givenNames(), other.nativeName(), birth, applicant.nationality(),
                ChineseNames.passportNumber(random), ChineseNames.nationalId(birth, random));
    }

    /** A 19-digit debit card number as Chinese banks issue them: the bank's BIN, digits, a Luhn check digit. */
    static String accountNumber(Bank bank, SplittableRandom random) {
        String bin = switch (bank) {
            case ICBC -> "622202";
            case CCB -> "621700";
            case BOC -> "621661";
            case CMB -> "621483";
            case ABC -> "622848";
            case BOCOM -> "622260";
        };
        StringBuilder number = new StringBuilder(bin);
        while (number.length() < 18) {
            number.append(random.nextInt(10));
        }
        return number.append(luhnCheckDigit(number)).toString();
    }

    private static int luhnCheckDigit(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    private static Optional<DecisionPlan> decision(Skeleton skeleton, List<GeneratedDocument> documents,
            SplittableRandom random) {
        String officer = OFFICERS.get(random.nextInt(OFFICERS.size()));
        LocalTime at = LocalTime.of(9 + random.nextInt(8), random.nextInt(60));
        return switch (skeleton.stage()) {
            case OPEN -> Optional.empty();
            case DOCUMENTS_REQUESTED -> Optional.of(new DecisionPlan(Outcome.REQUEST_DOCUMENTS, List.of(),
                    requestNote(skeleton.profile(), documents), officer,
                    skeleton.lodged().plusDays(1 + random.nextInt(5)), at));
            case DECIDED -> {
                Profile profile = skeleton.profile();
                boolean issue = profile.inOrder() || profile == Profile.INSURANCE_LOW_COVER
                        || profile == Profile.INSURANCE_SHORT || (profile == Profile.BORDERLINE_FUNDS && random.nextBoolean());
                yield Optional.of(issue
                        ? new DecisionPlan(Outcome.ISSUE, List.of(), "", officer,
                                skeleton.lodged().plusDays(2 + random.nextInt(12)), at)
                        : new DecisionPlan(Outcome.REFUSE, List.of(3), refusalNote(profile), officer,
                                skeleton.lodged().plusDays(2 + random.nextInt(12)), at));
            }
        };
    }

    private static String requestNote(Profile profile, List<GeneratedDocument> documents) {
        boolean hasInsurance = documents.stream().anyMatch(d -> d.kind() == casedesk.model.DocumentKind.INSURANCE);
        if (profile == Profile.MISSING_DOCUMENTS && !hasInsurance) {
            return "Please provide travel medical insurance covering the whole stay (at least EUR 30,000).";
        }
        if (profile == Profile.MISSING_DOCUMENTS) {
            return "Please provide bank statements for the last three months, or a Sesame Credit report.";
        }
        return "Please provide the original bank statement, stamped by the bank.";
    }

    private static String refusalNote(Profile profile) {
        return profile.tampered()
                ? "The bank statement shows signs of alteration; means not established."
                : "Means of subsistence for the stay not established.";
    }
}
