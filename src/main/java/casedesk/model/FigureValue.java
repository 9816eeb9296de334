package casedesk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The typed value of an extracted figure. {@link #canonical()} is the fixed text form of the JSON
 * output and the database: plain decimals, ISO dates.
 */
public sealed interface FigureValue {

    String canonical();

    record Text(String text) implements FigureValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String canonical() {
            return text;
        }
    }

    record Amount(Money money) implements FigureValue {
        public Amount {
            Objects.requireNonNull(money, "money");
        }

        @Override
        public String canonical() {
            return money.plain();
        }
    }

    record Date(LocalDate date) implements FigureValue {
        public Date {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String canonical() {
            return date.toString();
        }
    }

    record Number(long number) implements FigureValue {
        @Override
        public String canonical() {
            return Long.toString(number);
        }
    }

    /** The stored type tag; together with {@link #canonical()} and a currency it rebuilds the value. */
    default String type() {
        return switch (this) {
            case Text t -> "text";
            case Amount a -> "amount";
            case Date d -> "date";
            case Number n -> "number";
        };
    }

    static FigureValue parse(String type, String canonical, String currency) {
        return switch (type) {
            case "text" -> new Text(canonical);
            case "amount" -> new Amount(Money.of(new BigDecimal(canonical), currency));
            case "date" -> new Date(LocalDate.parse(canonical));
            case "number" -> new Number(Long.parseLong(canonical));
            default -> throw new IllegalArgumentException("unknown figure value type: " + type);
        };
    }
}
