package casedesk.demo;

import casedesk.caseload.Caseload;
import casedesk.caseload.CaseloadException;
import casedesk.caseload.DocumentRepository.NewDocument;
import casedesk.decision.DecisionService;
import casedesk.demo.CasePlanner.CasePlan;
import casedesk.demo.CasePlanner.Skeleton;
import casedesk.demo.CasePlanner.Stage;
import casedesk.demo.documents.GeneratedDocument;
import casedesk.evidence.Extracted;
import casedesk.evidence.Extractor;
import casedesk.model.CaseReference;
import casedesk.model.CaseStatus;
import casedesk.model.Document;
import casedesk.model.Evaluation;
import casedesk.model.Role;
import casedesk.model.User;
import casedesk.progress.Progress;
import casedesk.review.Evaluations;
import casedesk.security.Passwords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A synthetic caseload to learn, demonstrate and measure on: applicants with trips and generated PDF
 * evidence in a realistic mix of {@link Profile}s, about a quarter already decided. Every document
 * is read by the evidence reader, as an import would read it, and stored with what was read. The same options
 * build the same caseload, document for document.
 */
public final class DemoCaseload {

    public static final long DEFAULT_SEED = 1;
    public static final int MAX_CASES = 1_000_000;

    /** The demo's local accounts, all with the password {@value #DEMO_PASSWORD}. */
    public static final List<User> USERS = List.of(
            new User("admin", "Administrator", Role.ADMINISTRATOR, "-", true),
            new User("amartin", "Anne Martin", Role.OFFICER, "-", true),
            new User("jdupont", "Jean Dupont", Role.OFFICER, "-", true),
            new User("lschmit", "Luc Schmit", Role.SUPERVISOR, "-", true));
    public static final String DEMO_PASSWORD = "demo";

    /** Cases planned and written per step: enough to keep both cores busy, small enough to hold. */
    private static final int CHUNK = 256;
    private static final ZoneId CONSULATE_TIME = ZoneId.of("Asia/Shanghai");
    /** The oldest lodging date of a decided demo case, in days before the as-of date. */
    private static final int OLDEST_DAYS = 216;

    public record Options(int cases, long seed, LocalDate asOf) {
        public Options {
            if (cases < 1 || cases > MAX_CASES) {
                throw new IllegalArgumentException("a demo has 1 to " + MAX_CASES + " cases, not " + cases);
            }
            Objects.requireNonNull(asOf, "as-of date");
        }
    }

    /** What was built: counts, and which profile each case was given (what the tests check against). */
    public record Summary(int cases, int documents, Map<CaseStatus, Long> byStatus,
            Map<CaseReference, Profile> profiles) {

        public Map<Profile, Long> byProfile() {
            Map<Profile, Long> counts = new EnumMap<>(Profile.class);
            profiles.values().forEach(p -> counts.merge(p, 1L, Long::sum));
            return counts;
        }

        /** One line per fact, for a person. */
        public String describe() {
            String statuses = byStatus.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().code()).collect(Collectors.joining(", "));
            String mix = byProfile().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().code()).collect(Collectors.joining(", "));
            return "Statuses: " + statuses + ".\nProfiles: " + mix + ".\nDemo users: "
                    + USERS.stream().map(u -> u.username() + " (" + u.role().code() + ")").collect(Collectors.joining(", "))
                    + ", password '" + DEMO_PASSWORD + "'.";
        }
    }

    private DemoCaseload() {
    }

    /**
     * Builds a demo caseload in a new file. It is built under a temporary name and moved into place
     * when complete, so a build that fails or is cut short never leaves a half-built caseload behind.
     */
    public static Summary createFile(Path file, Options options, Progress progress) {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            throw new CaseloadException.AlreadyExists(target + " exists already.");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        deleteQuietly(partial);
        try {
            Summary summary;
            try (Caseload caseload = Caseload.open(partial)) {
                summary = build(caseload, options, progress);
            }
            Caseload.move(partial, target);
            return summary;
        } catch (IOException e) {
            throw new CaseloadException("The demo caseload could not be written to " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** Adds the demo users and cases to an empty caseload. */
    public static Summary build(Caseload caseload, Options options, Progress progress) {
        if (caseload.cases().size() > 0) {
            throw new CaseloadException.AlreadyExists("The demo is built into an empty caseload; this one has cases.");
        }
        progress.report(0, options.cases(), "Creating demo users");
        createUsers(caseload);
        // Rates back past the oldest decision, so that every case can be evaluated as it stood then.
        caseload.rates().store(DemoRates.until(options.asOf(), OLDEST_DAYS + 30, options.seed()), DemoRates.SOURCE,
                Caseload.SYSTEM);
        Evaluations evaluator = new Evaluations(caseload, Clock.fixed(
                options.asOf().atTime(12, 0).atZone(CONSULATE_TIME).toInstant(), CONSULATE_TIME));

        List<Skeleton> skeletons = skeletons(options);
        CasePlanner planner = new CasePlanner(options.seed(), Extractor.withDefaults());
        DecisionService decisions = new DecisionService(caseload);
        Map<CaseReference, Profile> profiles = new LinkedHashMap<>();
        int documents = 0;
        // Generating PDFs is the costly part and each case is independent: chunks are planned in
        // parallel while the previous chunk is written, in order, one transaction per chunk.
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-writer");
            thread.setDaemon(true);
            return thread;
        });
        Future<Integer> writing = null;
        try {
            for (int from = 0; from < skeletons.size(); from += CHUNK) {
                List<Skeleton> chunk = skeletons.subList(from, Math.min(from + CHUNK, skeletons.size()));
                List<CasePlan> plans = chunk.parallelStream().map(planner::plan).toList();
                if (writing != null) {
                    documents += finish(writing);
                    progress.report(from, skeletons.size(), "Creating demo cases");
                }
                writing = writer.submit(() -> caseload.inTransaction(() -> plans.stream()
                        .mapToInt(plan -> write(caseload, decisions, evaluator, options.asOf(), plan)).sum()));
                plans.forEach(plan -> profiles.put(plan.visaCase().reference(), plan.skeleton().profile()));
            }
            documents += finish(writing);
            writing = null;
            progress.report(skeletons.size(), skeletons.size(), "Creating demo cases");
        } finally {
            if (writing != null) {
                writing.cancel(false);
                awaitQuietly(writing);
            }
            writer.shutdown();
        }
        return new Summary(skeletons.size(), documents, caseload.cases().countByStatus(), profiles);
    }

    /** The result of a chunk's write; its failure, as it was thrown. */
    private static int finish(Future<Integer> writing) {
        try {
            return writing.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new CaseloadException("writing demo cases failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseloadException("building the demo was interrupted", e);
        }
    }

    /** Waits for a write that is being abandoned, so that the caseload is not closed under it. */
    private static void awaitQuietly(Future<Integer> writing) {
        try {
            writing.get();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // The failure that brought us here is the one being reported.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void createUsers(Caseload caseload) {
        // Hashing is slow on purpose; the four demo accounts are hashed side by side.
        List<Passwords.Derived> passwords = USERS.parallelStream()
                .map(u -> Passwords.derive(DEMO_PASSWORD.toCharArray()))
                .toList();
        caseload.inTransaction(() -> {
            for (int i = 0; i < USERS.size(); i++) {
                User u = USERS.get(i);
                caseload.users().create(new User(u.username(), u.displayName(), u.role(), passwords.get(i).stored(),
                        u.active()), passwords.get(i).wrappingKey(), Caseload.SYSTEM);
            }
            return null;
        });
    }

    /**
     * Every case's profile, stage and lodging date, decided up front so that the mix is exact and
     * references run in lodging order, as a post numbers them.
     */
    static List<Skeleton> skeletons(Options options) {
        int n = options.cases();
        List<Profile> profiles = Allocation.deal(n, Arrays.asList(Profile.values()), Profile::percent, options.seed());
        List<Stage> stages = Allocation.deal(n, List.of(Stage.values()),
                stage -> switch (stage) {
                    case OPEN -> 70;
                    case DOCUMENTS_REQUESTED -> 5;
                    case DECIDED -> 25;
                }, options.seed() + 1);
        SplittableRandom random = new SplittableRandom(options.seed() + 2);
        record Drawn(int index, Profile profile, Stage stage, LocalDate lodged) {
        }
        List<Drawn> drawn = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Profile profile = profiles.get(i);
            // Incomplete cases are not decided on the spot: the officer asks for what is missing.
            Stage stage = profile == Profile.MISSING_DOCUMENTS && stages.get(i) == Stage.DECIDED
                    ? Stage.DOCUMENTS_REQUESTED : stages.get(i);
            int daysAgo = switch (stage) {
                case OPEN -> random.nextInt(19);
                case DOCUMENTS_REQUESTED -> 5 + random.nextInt(40);
                case DECIDED -> 16 + random.nextInt(OLDEST_DAYS - 16);
            };
            drawn.add(new Drawn(i, profile, stage, options.asOf().minusDays(daysAgo)));
        }
        drawn.sort(Comparator.comparing(Drawn::lodged).thenComparing(Drawn::index));
        return IntStream.range(0, n)
                .mapToObj(serial -> {
                    Drawn d = drawn.get(serial);
                    return new Skeleton(d.index(), serial + 1, d.profile(), d.stage(), d.lodged());
                })
                .toList();
    }

    private static int write(Caseload caseload, DecisionService decisions, Evaluations evaluator, LocalDate asOf,
            CasePlan plan) {
        String officer = plan.decision().map(CasePlanner.DecisionPlan::officer).orElse("amartin");
        CaseReference reference = plan.visaCase().reference();
        caseload.cases().create(plan.visaCase(), officer);
        for (int i = 0; i < plan.documents().size(); i++) {
            GeneratedDocument document = plan.documents().get(i);
            Extracted reading = plan.readings().get(i);
            Document stored = caseload.documents().add(reference, new NewDocument(
                    document.fileName(), reading.reading().kind(), reading.pages(), document.pdf()), officer);
            caseload.evidence().store(stored.id(), reading.extraction(), officer);
        }
        // Evaluated as the case stood when it was decided, or today for a case still open.
        LocalDate evaluatedOn = plan.decision().map(CasePlanner.DecisionPlan::on).orElse(asOf);
        Evaluation evaluation = evaluator.evaluateAndStore(reference, evaluatedOn, officer);
        plan.decision().ifPresent(decision -> decisions.decide(new DecisionService.Request(reference,
                decision.outcome(), decision.grounds(), decision.note(),
                DecisionService.against(decision.outcome(), evaluation.verdicts()).map(against -> deviation(decision))
                        .orElse(""),
                decision.officer(), decision.on().atTime(decision.at()).atZone(CONSULATE_TIME).toInstant())));
        return plan.documents().size();
    }

    /** What an officer writes when deciding against the verdicts: the overrides a supervisor audits. */
    private static String deviation(CasePlanner.DecisionPlan decision) {
        return switch (decision.outcome()) {
            case ISSUE -> "The applicant showed additional evidence at the counter; copy kept in the paper file.";
            case REFUSE -> "Interview: the stated purpose of the stay was not credible.";
            case REQUEST_DOCUMENTS -> "";
        };
    }

    private static void deleteQuietly(Path partial) {
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(Path.of(partial + suffix));
            } catch (IOException ignored) {
                // A leftover temporary file is harmless; the next build removes it first.
            }
        }
        try {
            Caseload.deleteUnfinished(partial);
        } catch (IOException ignored) {
            // As above.
        }
    }
}
