package casedesk.cli;

import casedesk.admin.Administration;
import casedesk.caseload.Caseload;
import casedesk.caseload.Setting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "settings", description = {
        "The caseload's own settings: without NAME=VALUE, lists them with their values; with some, sets them",
        "(all or none). An administrator signs in; each change is an audit event. The settings:",
        "  sign-in-to-read       whether even commands that only read ('cases', 'audit verify', 'check',",
        "                        'rates show', 'rules show --db') ask for a sign-in: yes or no (default no)",
        "  largest-case-json-kb  the largest case.json an intake may hold, 1 to 1024 (default 64)",
        "  largest-document-mb   the largest PDF an intake or a case may take, 1 to 1024 (default 64)",
        "  largest-intake-mb     the most an intake may hold unpacked, 1 to 4096 (default 512)",
        "  most-intake-files     the most files an intake may hold, 1 to 10000 (default 500)"})
final class SettingsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
    Path db;

    @Mixin
    SignIn signIn;

    @Parameters(arity = "0..*", paramLabel = "NAME=VALUE", description = "A setting to change.")
    List<String> changes = new ArrayList<>();

    @Override
    public Integer call() {
        Existing.requireFile(db);
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (String change : changes) {
            int at = change.indexOf('=');
            Setting setting = at < 1 ? null : Setting.of(change.substring(0, at)).orElse(null);
            if (setting == null) {
                throw new BadInput("'" + change + "' names no setting: give NAME=VALUE with one of "
                        + String.join(", ", java.util.Arrays.stream(Setting.values()).map(Setting::code).toList()) + ".");
            }
            values.put(setting, change.substring(at + 1));
        }
        Map<Setting, String> now;
        try (Caseload caseload = Caseload.open(db)) {
            Administration administration = new Administration(caseload);
            var session = signIn.signIn(caseload);
            if (!values.isEmpty()) {
                administration.changeSettings(session, values);
            }
            now = administration.settings(session);
        }
        TextTable table = new TextTable("SETTING", "VALUE", "DEFAULT");
        now.forEach((setting, value) -> table.add(setting.code(), value, setting.defaultValue()));
        table.print(spec.commandLine().getOut());
        return Cli.OK;
    }
}
