package casedesk.evidence;

import casedesk.evidence.statement.Reconciliation;
import casedesk.evidence.statement.StatementRow;
import casedesk.evidence.text.PageText;
import casedesk.model.DocumentKind;
import casedesk.model.Figure;
import casedesk.model.ReadingStatus;
import casedesk.model.Transaction;
import java.util.List;
import java.util.Optional;

/**
 * What was read out of one document: its kind, its figures, its transactions (for a statement) and
 * whether they add up. The text layer stays with it for the tamper checks that look at the page.
 */
public record Reading(DocumentKind kind, List<PageText> pages, List<Figure> figures, List<StatementRow> rows,
        Optional<Reconciliation> reconciliation) {

    public Reading {
        pages = List.copyOf(pages);
        figures = List.copyOf(figures);
        rows = List.copyOf(rows);
    }

    public List<Transaction> transactions() {
        return rows.stream().map(r -> r.neutral() ? r.transaction().asNeutral() : r.transaction()).toList();
    }

    public Optional<Figure> figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** How far the reader proved its reading of the table: unread for a statement without one, and for other kinds. */
    public ReadingStatus status() {
        return reconciliation.map(Reconciliation::status).orElse(ReadingStatus.UNREAD);
    }

    public boolean hasText() {
        return pages.stream().anyMatch(PageText::hasText);
    }
}
