package casedesk.cli;

import casedesk.caseload.Caseload;
import casedesk.json.Json;
import casedesk.model.CaseStatus;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "cases", description = "List the queue, earliest deadline first.")
final class CasesCommand implements Callable<Integer> {

    private static final int PAGE = 5_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
    Path db;

    @Option(names = "--json", description = "One JSON array of cases, for scripts.")
    boolean json;

    @Option(names = "--status", paramLabel = "STATUS", split = ",",
            description = "Only cases in these statuses: open, documents-requested, issued, refused (default: all).")
    List<CaseStatus> statuses = List.of();

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Only cases whose reference, name (Latin or Chinese) or passport number match "
                    + "(passport numbers only when signed in with --user: they are sealed).")
    String search = "";

    @picocli.CommandLine.Mixin
    SignIn signIn;

    @Override
    public Integer call() throws IOException {
        Existing.requireFile(db);
        QueueQuery query = new QueueQuery(statuses.isEmpty() ? EnumSet.allOf(CaseStatus.class) : EnumSet.copyOf(statuses),
                search, 0, PAGE);
        PrintWriter out = spec.commandLine().getOut();
        try (Caseload caseload = Caseload.open(db)) {
            if (signIn.ifAskedToRead(caseload).or(() -> signIn.signInIfNamed(caseload)).isEmpty() && !caseload.unlocked() && !search.isBlank()) {
                spec.commandLine().getErr().println("Passport numbers are sealed: sign in with --user to search them too.");
            }
            if (json) {
                printJson(caseload, query, out);
            } else {
                printTable(caseload, query, out, LocalDate.now(Clock.systemDefaultZone()));
            }
        }
        return Cli.OK;
    }

    private static void printJson(Caseload caseload, QueueQuery query, PrintWriter out) throws IOException {
        try (JsonGenerator generator = Json.mapper().getFactory().createGenerator(out)) {
            generator.writeStartArray();
            forEach(caseload, query, entry -> {
                try {
                    generator.writeStartObject();
                    generator.writeStringField("reference", entry.reference().value());
                    generator.writeStringField("applicant", entry.latinName());
                    generator.writeStringField("native_name", entry.nativeName());
                    generator.writeStringField("lodged", entry.lodged().toString());
                    generator.writeStringField("deadline", entry.deadline().toString());
                    generator.writeStringField("status", entry.status().code());
                    generator.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            generator.writeEndArray();
        }
        out.println();
        out.flush();
    }

    private static void printTable(Caseload caseload, QueueQuery query, PrintWriter out, LocalDate today) {
        TextTable table = new TextTable("REFERENCE", "APPLICANT", "", "LODGED", "DEADLINE", "DAYS LEFT", "STATUS");
        int[] count = {0};
        forEach(caseload, query, entry -> {
            count[0]++;
            String daysLeft = entry.status().isDecided() ? "" : Long.toString(entry.daysLeft(today));
            table.add(entry.reference().value(), entry.latinName(), entry.nativeName(), entry.lodged().toString(),
                    entry.deadline().toString(), daysLeft, entry.status().code());
        });
        table.print(out);
        out.println(count[0] + (count[0] == 1 ? " case" : " cases"));
        out.flush();
    }

    private static void forEach(Caseload caseload, QueueQuery query, java.util.function.Consumer<QueueEntry> action) {
        for (int offset = 0; ; offset += PAGE) {
            List<QueueEntry> page = caseload.cases().queue(query.page(offset, PAGE));
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
        }
    }
}
