package casedesk.desk;

import casedesk.caseload.Caseload;
import casedesk.decision.DecisionService;
import casedesk.evidence.Extractor;
import casedesk.intake.Importer;
import casedesk.rules.Evaluator;
import casedesk.rules.RuleSets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What every screen of the desk works with: the open caseload and the services over it, the one
 * executor for background work, the clock, the officer's words, and who is at the desk. Built once
 * by {@link DeskWindow} when the caseload is open.
 */
public final class Desk {

    private final Caseload caseload;
    private final Executor executor;
    private final Clock clock;
    private final Messages messages;
    private final Consumer<Throwable> onProblem;
    private final Evaluator evaluator;
    private final DecisionService decisions;
    private final Importer importer;
    private final Extractor extractor;
    private final StringProperty user = new SimpleStringProperty();

    public Desk(Caseload caseload, Executor executor, Clock clock, Messages messages, Consumer<Throwable> onProblem) {
        this.caseload = caseload;
        this.executor = executor;
        this.clock = clock;
        this.messages = messages;
        this.onProblem = onProblem;
        this.evaluator = new Evaluator(caseload, RuleSets.of(caseload), clock);
        this.decisions = new DecisionService(caseload);
        this.extractor = Extractor.withDefaults();
        this.importer = new Importer(caseload, extractor);
    }

    public Caseload caseload() {
        return caseload;
    }

    public Executor executor() {
        return executor;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Messages messages() {
        return messages;
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    public DecisionService decisions() {
        return decisions;
    }

    /** The evidence reader, for the text under a box the officer draws on a page. */
    public Extractor extractor() {
        return extractor;
    }

    public Importer importer() {
        return importer;
    }

    /** Reports a failure of background work to the officer, without stopping the desk. */
    public void problem(Throwable failure) {
        onProblem.accept(failure);
    }

    /**
     * Who decides at this desk. Until CaseDesk has logins, the officer picks their account from the
     * caseload's users; decisions and imports are recorded in that name.
     */
    public StringProperty userProperty() {
        return user;
    }

    public ReadOnlyStringProperty user() {
        return user;
    }
}
