package casedesk.cli;

import casedesk.evidence.ExtractionResult;
import casedesk.evidence.Extractor;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.evidence.pdf.ReadLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", description = {
        "Read PDFs and print, for each, one line of JSON: its kind, figures with their page and box,",
        "transactions, whether the running balance adds up, and the signs of tampering looked for and",
        "found. Nothing is stored. Exit code 2 when any file could not be read (each is reported)."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--password", paramLabel = "PW", description = "A password to try on protected files.")
    List<String> passwords = List.of();

    @Option(names = "--national-id", paramLabel = "ID",
            description = "The holder's national ID number: its last six characters open Alipay statements.")
    String nationalId;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Per-file time limit (default ${DEFAULT-VALUE}).",
            defaultValue = "30")
    int timeLimitSeconds;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The PDF files to read.")
    List<Path> files;

    @Override
    public Integer call() {
        if (timeLimitSeconds < 1) {
            throw new BadInput("--time-limit must be at least 1 second.");
        }
        ReadLimits limits = ReadLimits.defaults().withTimeLimit(java.time.Duration.ofSeconds(timeLimitSeconds));
        Extractor extractor = new Extractor(limits);
        PasswordCandidates candidates = new PasswordCandidates(passwords,
                java.util.Optional.ofNullable(nationalId).filter(s -> !s.isBlank()));
        PrintWriter out = spec.commandLine().getOut();
        // Files are read side by side, one per core, and printed in the order given; at most a few
        // are held ahead of the printing, so a folder of thousands does not fill the memory.
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "casedesk-extract");
            thread.setDaemon(true);
            return thread;
        });
        boolean allRead = true;
        try {
            Deque<Future<Line>> inFlight = new ArrayDeque<>();
            for (Path file : files) {
                inFlight.add(pool.submit(() -> extract(file, limits, extractor, candidates)));
                if (inFlight.size() >= 2 * threads) {
                    allRead &= print(inFlight.removeFirst(), out);
                }
            }
            while (!inFlight.isEmpty()) {
                allRead &= print(inFlight.removeFirst(), out);
            }
        } finally {
            pool.shutdownNow();
        }
        return allRead ? Cli.OK : Cli.BAD_INPUT;
    }

    /** One file's line of JSON, and whether the file was read. */
    private record Line(String json, boolean read) {
    }

    private static Line extract(Path file, ReadLimits limits, Extractor extractor, PasswordCandidates candidates) {
        return switch (readFile(file, limits)) {
            case Bytes(byte[] bytes) -> {
                ExtractionResult result = extractor.extract(bytes, candidates);
                yield new Line(ExtractionJson.of(file.toString(), result).toString(),
                        result instanceof ExtractionResult.Read);
            }
            case Unreadable(String code, String message) ->
                    new Line(ExtractionJson.error(file.toString(), code, message).toString(), false);
        };
    }

    private static boolean print(Future<Line> pending, PrintWriter out) {
        Line line;
        try {
            line = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
        out.println(line.json());
        out.flush();
        return line.read();
    }

    private sealed interface FileContent {
    }

    private record Bytes(byte[] bytes) implements FileContent {
    }

    private record Unreadable(String code, String message) implements FileContent {
    }

    /** The file's bytes, refusing before reading one that is missing, not a file, or too large. */
    private static FileContent readFile(Path file, ReadLimits limits) {
        try {
            if (!Files.isRegularFile(file)) {
                return Files.exists(file) ? new Unreadable("not-a-file", file + " is not a file.")
                        : new Unreadable("no-such-file", "There is no file " + file + ".");
            }
            if (Files.size(file) > limits.maxFileBytes()) {
                return new Unreadable("too-large", "The file is larger than CaseDesk opens (" + limits.maxFileBytes()
                        / (1024 * 1024) + " MB).");
            }
            return new Bytes(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new Unreadable("no-such-file", "There is no file " + file + ".");
        } catch (AccessDeniedException e) {
            return new Unreadable("unreadable-file", "CaseDesk may not read " + file + ".");
        } catch (IOException e) {
            return new Unreadable("unreadable-file", file + " could not be read: " + e.getMessage());
        }
    }
}
