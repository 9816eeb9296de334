package casedesk.json;

import casedesk.model.Money;
import casedesk.model.Phrase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Phrase} as JSON, as the caseload keeps it beside a verdict's or a signal's English and as
 * a decision's snapshot holds it: {@code {"k":key,"a":[...]}} for a message, {@code {"t":text}},
 * {@code {"j":[...],"s":separator}}, {@code {"c":phrase}}; an argument is a string or a whole
 * number as it is, or {@code {"n":amount}}, {@code {"x":decimal}}, {@code {"m":amount,"cur":code}},
 * {@code {"d":date}}, {@code {"p":phrase}}.
 */
public final class PhraseJson {

    private PhraseJson() {
    }

    public static JsonNode write(Phrase phrase) {
        ObjectNode node = Json.object();
        switch (phrase) {
            case Phrase.Text(String text) -> node.put("t", text);
            case Phrase.Joined(String separator, List<Phrase> parts) -> {
                ArrayNode list = node.putArray("j");
                parts.forEach(part -> list.add(write(part)));
                node.put("s", separator);
            }
            case Phrase.Capitalised(Phrase inner) -> node.set("c", write(inner));
            case Phrase.Message(String key, List<Object> arguments) -> {
                node.put("k", key);
                ArrayNode list = node.putArray("a");
                for (Object argument : arguments) {
                    switch (argument) {
                        case String text -> list.add(text);
                        case Long n -> list.add(n);
                        case BigDecimal amount -> list.addObject().put("n", amount.toPlainString());
                        case Phrase.Exact(BigDecimal value) -> list.addObject().put("x", value.toPlainString());
                        case Money money -> list.addObject().put("m", money.amount().toPlainString())
                                .put("cur", money.currencyCode());
                        case LocalDate date -> list.addObject().put("d", date.toString());
                        case Phrase inner -> list.addObject().set("p", write(inner));
                        default -> throw new IllegalStateException("unexpected phrase argument " + argument);
                    }
                }
            }
        }
        return node;
    }

    public static String text(Phrase phrase) {
        return Json.canonical(write(phrase));
    }

    /** The phrase {@code text} holds, or empty where it holds none CaseDesk can read (damaged, or from a newer version). */
    public static Optional<Phrase> read(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return read(Json.parse(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<Phrase> read(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(phrase(node));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Phrase phrase(JsonNode node) {
        if (node.has("t")) {
            return Phrase.text(textual(node.get("t")));
        }
        if (node.has("j")) {
            if (!node.get("j").isArray()) {
                throw new IllegalArgumentException("a joined phrase's parts are a list");
            }
            List<Phrase> parts = new ArrayList<>();
            node.get("j").forEach(part -> parts.add(phrase(part)));
            return Phrase.join(textual(node.get("s")), parts);
        }
        if (node.has("c")) {
            return phrase(node.get("c")).capitalised();
        }
        if (!node.path("a").isArray()) {
            throw new IllegalArgumentException("a message's arguments are a list");
        }
        List<Object> arguments = new ArrayList<>();
        for (JsonNode argument : node.path("a")) {
            arguments.add(argument(argument));
        }
        return new Phrase.Message(textual(node.get("k")), arguments);
    }

    private static Object argument(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.has("n")) {
            return new BigDecimal(textual(node.get("n")));
        }
        if (node.has("x")) {
            return new Phrase.Exact(new BigDecimal(textual(node.get("x"))));
        }
        if (node.has("m")) {
            return Money.of(textual(node.get("m")), textual(node.get("cur")));
        }
        if (node.has("d")) {
            return LocalDate.parse(textual(node.get("d")));
        }
        if (node.has("p")) {
            return phrase(node.get("p"));
        }
        throw new IllegalArgumentException("not a phrase argument: " + node);
    }

    private static String textual(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("a phrase field is not text");
        }
        return node.asText();
    }
}
