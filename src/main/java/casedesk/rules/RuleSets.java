package casedesk.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every rule-set version a workstation knows: those built into CaseDesk and those an administrator
 * imported into the caseload. The one in force on a day is the latest to have taken effect by then.
 */
public final class RuleSets {

    /** The versions CaseDesk ships with, as files in resources/casedesk/rules. */
    static final List<String> BUILT_IN = List.of("LU-2026.1");

    private final List<RuleSet> all;

    private RuleSets(List<RuleSet> all) {
        this.all = all.stream().sorted(Comparator.comparing(RuleSet::effective).thenComparing(RuleSet::version)).toList();
    }

    public static RuleSets builtIn() {
        return new RuleSets(BUILT_IN.stream().map(RuleSets::resource).toList());
    }

    /** The built-in versions and those an administrator imported. */
    public static RuleSets withImported(List<RuleSet> imported) {
        List<RuleSet> all = new ArrayList<>(builtIn().all);
        all.addAll(imported);
        return new RuleSets(all);
    }

    public List<RuleSet> all() {
        return all;
    }

    public Optional<RuleSet> version(String version) {
        return all.stream().filter(r -> r.version().equals(version)).findFirst();
    }

    /** The version in force on a day: the latest effective on or before it (the earliest, before any). */
    public RuleSet inForce(LocalDate day) {
        RuleSet current = all.getFirst();
        for (RuleSet ruleSet : all) {
            if (!ruleSet.effective().isAfter(day)) {
                current = ruleSet;
            }
        }
        return current;
    }

    static RuleSet resource(String version) {
        String name = "/casedesk/rules/" + version + ".json";
        try (InputStream in = RuleSets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in rule set " + name + " is missing from the build");
            }
            return RuleSetFormat.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleSetFormat.Malformed e) {
            throw new IllegalStateException("built-in rule set " + name + " is malformed: " + e.getMessage(), e);
        }
    }
}
