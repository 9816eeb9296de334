package casedesk.cli;

import casedesk.caseload.Caseload;
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
import casedesk.evidence.ExtractionResult;
import casedesk.evidence.Extractor;
import casedesk.evidence.Reading;
import casedesk.evidence.accuracy.CorpusScore;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.evidence.signals.SignalInput;
import casedesk.evidence.signals.TamperSignals;
import casedesk.model.Applicant;
import casedesk.model.Money;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Benchmarks, printing a table of figures and ratios.",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Queue.class, AuditBench.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a benchmark: extract, queue or audit.");
    }

    /** The median of measured times, the figure every benchmark reports. */
    static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @Command(name = "queue", description = {
            "Milliseconds for the queries the desk's queue makes on a caseload (median of --rounds): the first",
            "page with its counts, a page deep in the queue, the whole caseload sorted by name either way, and",
            "searches by name, Chinese name, passport number and case number. Build a large caseload with",
            "'casedesk demo --cases 100000' first. Nothing is written."})
    static final class Queue implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Option(names = "--rounds", defaultValue = "21", description = "Measured rounds (default ${DEFAULT-VALUE}).")
        int rounds;

        @picocli.CommandLine.Mixin
        SignIn signIn;

        @Override
        public Integer call() {
            if (rounds < 1) {
                throw new BadInput("--rounds must be at least 1.");
            }
            Existing.requireFile(db);
            PrintWriter out = spec.commandLine().getOut();
            try (Caseload caseload = Caseload.open(db)) {
                signIn.signInToRead(caseload); // the passport search compares keyed hashes: it needs the key
                QueueQuery pending = QueueQuery.pending().sortedBy(QueueQuery.Order.DEADLINE, false).page(0, QueueQuery.SCREEN_PAGE);
                long matching = caseload.cases().count(pending);
                List<QueueEntry> first = caseload.cases().queue(pending);
                if (first.isEmpty()) {
                    throw new BadInput("The caseload " + db + " has no pending cases to measure the queue on.");
                }
                QueueEntry sample = first.get(first.size() / 2);
                String passport = caseload.cases().get(sample.reference()).applicant().passportNumber();
                String surname = sample.latinName().split(" ")[0];
                String serial = String.valueOf(Integer.parseInt(sample.reference().value()
                        .substring(sample.reference().value().length() - 6)));
                int deep = (int) Math.max(0, Math.min(matching - QueueQuery.SCREEN_PAGE, 10_000));

                Map<String, Runnable> queries = new LinkedHashMap<>();
                queries.put("first page, count, counts per status", () -> {
                    caseload.cases().queue(pending);
                    caseload.cases().count(pending);
                    caseload.cases().countByStatus();
                });
                queries.put("page at row " + deep, () -> caseload.cases().queue(pending.page(deep, QueueQuery.SCREEN_PAGE)));
                queries.put("sorted by name", () -> caseload.cases().queue(
                        pending.sortedBy(QueueQuery.Order.LATIN_NAME, false)));
                queries.put("sorted by name, descending", () -> caseload.cases().queue(
                        pending.sortedBy(QueueQuery.Order.LATIN_NAME, true)));
                queries.put("search '" + surname + "' and count", () -> searched(caseload, pending.withText(surname)));
                if (!sample.nativeName().isBlank()) {
                    queries.put("search '" + sample.nativeName() + "' and count",
                            () -> searched(caseload, pending.withText(sample.nativeName())));
                }
                queries.put("search a passport number and count", () -> searched(caseload, pending.withText(passport)));
                queries.put("search case number '" + serial + "' and count",
                        () -> searched(caseload, pending.withText(serial)));

                TextTable table = new TextTable("QUERY", "MEDIAN");
                table.add("caseload", db + " (" + caseload.cases().size() + " cases, " + matching + " pending)");
                for (Map.Entry<String, Runnable> query : queries.entrySet()) {
                    for (int warmUp = 0; warmUp < 3; warmUp++) {
                        query.getValue().run();
                    }
                    long[] times = new long[rounds];
                    for (int round = 0; round < rounds; round++) {
                        long start = System.nanoTime();
                        query.getValue().run();
                        times[round] = System.nanoTime() - start;
                    }
                    table.add(query.getKey(), String.format("%.1f ms", median(times) / 1e6));
                }
                table.print(out);
            }
            return Cli.OK;
        }

        private static void searched(Caseload caseload, QueueQuery query) {
            caseload.cases().queue(query);
            caseload.cases().count(query);
        }
    }

    @Command(name = "extract", description = {
            "Pages per second of full extraction (figures, transactions, reconciliation, tamper checks) and of",
            "plain PDFBox text stripping over the same PDFs in the same run, and their ratio (target: at most",
            "1.5). Without DIR, a corpus of generated statements, certificates, reports and insurance is used.",
            "With --tabula CLASSPATH (tabula-java's jar-with-dependencies, or its jar and dependencies), also",
            "times tabula-java and 'casedesk extract' as whole processes over the same folder."})
    static final class Extract implements Callable<Integer> {

        private static final int PROCESS_RUNS = 5;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "A folder of PDFs.")
        Path dir;

        @Option(names = "--rounds", defaultValue = "11", description = "Measured rounds (default ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--statements", paramLabel = "N",
                description = "Without DIR: a corpus of N generated statements only, instead of the default mix.")
        Integer statements;

        @Option(names = "--tabula", paramLabel = "CLASSPATH",
                description = "tabula-java 1.0.5 (PDFBox 2, kept off CaseDesk's class path), to compare with.")
        String tabula;

        @Override
        public Integer call() throws Exception {
            if (rounds < 1) {
                throw new BadInput("--rounds must be at least 1.");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (statements != null && (statements < 1 || dir != null)) {
                throw new BadInput("--statements takes a number of statements to generate, and no DIR.");
            }
            if (dir != null && !Files.isDirectory(dir)) {
                throw new BadInput("There is no folder " + dir + " of PDFs to read.");
            }
            Path corpus = dir != null ? dir : generatedCorpus(statements == null ? 40 : statements, statements == null);
            List<byte[]> pdfs = new ArrayList<>();
            int locked = 0;
            int pages = 0;
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path file : files.filter(f -> f.toString().toLowerCase().endsWith(".pdf")).sorted().toList()) {
                    byte[] pdf = Files.readAllBytes(file);
                    try (PDDocument document = Loader.loadPDF(pdf)) {
                        pages += document.getNumberOfPages();
                        pdfs.add(pdf);
                    } catch (InvalidPasswordException e) {
                        locked++;
                    }
                }
            }
            if (pdfs.isEmpty()) {
                throw new BadInput("There are no PDFs in " + corpus + " that open without a password.");
            }
            Extractor extractor = Extractor.withDefaults();
            // Warm up every path, several times, so that none pays the JIT's and the fonts' first-use costs.
            for (int warmUp = 0; warmUp < 3; warmUp++) {
                measureRound(pdfs, extractor, new long[3]);
            }
            long[] plainTimes = new long[rounds];
            long[] fullTimes = new long[rounds];
            long[] unguardedTimes = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                long[] totals = new long[3];
                measureRound(pdfs, extractor, totals);
                plainTimes[round] = totals[0];
                fullTimes[round] = totals[1];
                unguardedTimes[round] = totals[2];
            }
            double plainSeconds = median(plainTimes) / 1e9;
            double fullSeconds = median(fullTimes) / 1e9;
            double unguardedSeconds = median(unguardedTimes) / 1e9;
            TextTable table = new TextTable("MEASURE", "VALUE");
            table.add("corpus", corpus + " (" + pdfs.size() + " PDFs, " + pages + " pages"
                    + (locked > 0 ? "; " + locked + " password-protected left out of the timing" : "") + ")");
            table.add("rounds", rounds + " (median reported)");
            table.add("plain PDFTextStripper", String.format("%.1f pages/s (%.3f s)", pages / plainSeconds, plainSeconds));
            table.add("full extraction", String.format("%.1f pages/s (%.3f s)", pages / fullSeconds, fullSeconds));
            table.add("ratio full / plain", String.format("%.2f (target <= 1.50)", fullSeconds / plainSeconds));
            table.add("  of which reading", String.format("%.2f (the same reading on PDFBox's plain loader)",
                    unguardedSeconds / plainSeconds));
            table.add("  of which safe opening", String.format("%.2f (limits, passwords, bomb checks, worker thread)",
                    (fullSeconds - unguardedSeconds) / plainSeconds));
            Runtime runtime = Runtime.getRuntime();
            table.add("heap in use after", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024) + " MB");
            if (tabula != null) {
                List<String> theirs = List.of(java(), "-cp", tabula, "technology.tabula.CommandLineApp",
                        "-b", corpus.toString(), "-p", "all", "-t");
                List<String> ours = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED", "-jar", jar(), "extract"));
                try (Stream<Path> files = Files.list(corpus)) {
                    files.filter(f -> f.toString().toLowerCase().endsWith(".pdf")).sorted().forEach(f -> ours.add(f.toString()));
                }
                // Whole processes, alternately, five times each: one run of either says little on a busy machine.
                long[] tabulaTimes = new long[PROCESS_RUNS];
                long[] ourTimes = new long[PROCESS_RUNS];
                for (int run = 0; run < PROCESS_RUNS; run++) {
                    tabulaTimes[run] = process(theirs);
                    ourTimes[run] = process(ours);
                }
                double tabulaSeconds = median(tabulaTimes) / 1e9;
                double oursSeconds = median(ourTimes) / 1e9;
                table.add("tabula-java process", String.format("%.2f s (median of %d)", tabulaSeconds, PROCESS_RUNS));
                table.add("casedesk extract process", String.format("%.2f s (median of %d)", oursSeconds, PROCESS_RUNS));
                table.add("ratio tabula / casedesk", String.format("%.2f (target > 1.00)", tabulaSeconds / oursSeconds));
            }
            if (CorpusScore.hasTruth(corpus)) {
                CorpusScore.Report score = CorpusScore.score(corpus, extractor);
                table.add("accuracy: header figures exact", ratio(score.figuresExact(), score.figures()));
                table.add("accuracy: transactions exact", ratio(score.transactionsExact(), score.transactions())
                        + ", " + score.transactionsExtra() + " read that are not in the truth");
                table.add("accuracy: high signals on clean files", String.valueOf(score.highSignalsOnClean())
                        + " (target 0)");
                table.add("accuracy: planted signs raised", ratio(score.plantedRaised(), score.plantedSigns()));
            }
            table.print(out);
            return Cli.OK;
        }

        private static String ratio(int exact, int of) {
            return String.format("%d of %d (%.1f%%)", exact, of, of == 0 ? 100.0 : 100.0 * exact / of);
        }

        /**
         * Times the three ways of reading each document back to back, document by document, in an
         * order that turns with each document: a busy neighbour on a shared machine then slows all
         * three alike instead of whichever ran during its burst.
         */
        private static void measureRound(List<byte[]> pdfs, Extractor extractor, long[] totals) throws IOException {
            for (int i = 0; i < pdfs.size(); i++) {
                byte[] pdf = pdfs.get(i);
                for (int k = 0; k < 3; k++) {
                    int way = (i + k) % 3;
                    long start = System.nanoTime();
                    switch (way) {
                        case 0 -> plain(pdf);
                        case 1 -> full(pdf, extractor);
                        default -> unguarded(pdf);
                    }
                    totals[way] += System.nanoTime() - start;
                }
            }
        }

        private static void plain(byte[] pdf) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                new PDFTextStripper().writeText(document, Writer.nullWriter());
            }
        }

        /** The same reading and checks on a document opened by PDFBox directly: what the safe opener adds. */
        private static void unguarded(byte[] pdf) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                Reading reading = DocumentReader.read(document, () -> { });
                TamperSignals.detect(new SignalInput(pdf, document, reading));
            }
        }

        private static void full(byte[] pdf, Extractor extractor) {
            if (extractor.extract(pdf, PasswordCandidates.none()) instanceof ExtractionResult.Failed failed) {
                throw new BadInput("A benchmark PDF could not be read: " + failed.message());
            }
        }

        private static long process(List<String> command) throws IOException, InterruptedException {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() > 2) {
                throw new BadInput("'" + String.join(" ", command.subList(0, 3)) + " ...' failed (exit " + process.exitValue() + ").");
            }
            return System.nanoTime() - start;
        }

        private static String java() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }

        private static String jar() {
            try {
                return Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * Generated documents in a temporary folder: statements of every layout and length, and with
         * {@code others}, twenty certificates, reports and insurance policies as well.
         */
        private static Path generatedCorpus(int statementCount, boolean others) throws IOException {
            Path folder = Files.createTempDirectory("casedesk-bench-");
            folder.toFile().deleteOnExit();
            SplittableRandom random = new SplittableRandom(2026);
            List<GeneratedDocument> documents = new ArrayList<>();
            for (int i = 0; i < statementCount; i++) {
                Applicant holder = ChineseNames.applicant(random, LocalDate.of(1980 + i % 20, 1 + i % 12, 1 + i % 28));
                StatementLayout layout = StatementLayout.values()[i % StatementLayout.values().length];
                documents.add(BankStatements.generate(StatementRequest.of(layout, holder, "622202" + (1000000000000L + i),
                        LocalDate.of(2026, 10, 20), 3 + i % 4, Money.of(String.valueOf(20000 + i * 1500) + ".00", "CNY"), i)));
            }
            for (int i = 0; others && i < 7; i++) {
                Applicant holder = ChineseNames.applicant(random, LocalDate.of(1975 + i, 5, 5));
                documents.add(CreditReports.generate(CreditReportRequest.of(holder, 700 + i * 20, LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 31), i % 2 == 0 ? Language.ZH : Language.EN, i)));
                documents.add(InsuranceCertificates.generate(InsuranceRequest.of(holder, Insurer.values()[i % Insurer.values().length],
                        Money.of("30000.00", "EUR"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20),
                        i % 2 == 0 ? Language.ZH : Language.EN, i)));
            }
            for (int i = 0; others && i < 6; i++) {
                Applicant holder = ChineseNames.applicant(random, LocalDate.of(1970 + i, 3, 3));
                documents.add(DepositCertificates.generate(DepositRequest.of(holder, Bank.values()[i], "621661" + (1000000000000L + i),
                        Money.of("100000.00", "CNY"), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1), i)));
            }
            for (int i = 0; i < documents.size(); i++) {
                Path file = folder.resolve(String.format("%02d-%s", i, documents.get(i).fileName()));
                Files.write(file, documents.get(i).pdf());
                file.toFile().deleteOnExit();
            }
            return folder;
        }
    }
}
