package casedesk.demo.documents;

import java.math.BigDecimal;
import java.time.LocalDate;

import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;

/** Figures pinned to the runs that print them: the box and source text are the run's. */
final class Figures {

    private Figures() {
    }

    static Figure text(String name, Placed where, String value) {
        return new Figure(name, new FigureValue.Text(value), where.page(), where.box(), where.text());
    }

    static Figure date(String name, Placed where, LocalDate value) {
        return new Figure(name, new FigureValue.Date(value), where.page(), where.box(), where.text());
    }

    static Figure amount(String name, Placed where, BigDecimal value, String currency) {
        return new Figure(name, new FigureValue.Amount(Money.of(value, currency)), where.page(), where.box(), where.text());
    }

    static Figure number(String name, Placed where, long value) {
        return new Figure(name, new FigureValue.Number(value), where.page(), where.box(), where.text());
    }
}
