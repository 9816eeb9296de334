package casedesk.cli;

import java.io.Console;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a command reads from outside its arguments: environment variables, and a password typed at
 * the terminal without echo. The real one reads the process's; tests give their own.
 */
record Environment(Function<String, String> variables, Function<String, Optional<char[]>> passwordPrompt) {

    static Environment system() {
        return new Environment(System::getenv, prompt -> {
            Console console = System.console();
            if (console == null || !console.isTerminal()) {
                return Optional.empty();
            }
            return Optional.ofNullable(console.readPassword("%s", prompt));
        });
    }

    /** Only these variables, and nobody at a terminal to type a password. */
    static Environment of(Map<String, String> variables) {
        return new Environment(variables::get, prompt -> Optional.empty());
    }

    Optional<String> variable(String name) {
        return Optional.ofNullable(variables.apply(name)).filter(v -> !v.isEmpty());
    }
}
