package casedesk.evidence.statement;

import casedesk.evidence.figures.Labels;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a column of a transaction table holds. A statement is read by finding its header labels, not
 * by knowing the bank, so the labels are data: {@code columns.txt} beside this package's resources
 * lists them, Chinese and English, and a new bank's wording is a line there rather than a change here.
 */
enum Column {
    DATE, TIME, DESCRIPTION, AMOUNT, CREDIT, DEBIT, BALANCE, CURRENCY, COUNTERPARTY, DIRECTION,
    /** A column that is never money, though it may hold digits: order numbers, accounts, references. */
    OTHER;

    static final String LEXICON = "/casedesk/evidence/columns.txt";

    private static final Map<Column, List<String>> LABELS = load(LEXICON);

    /** The header labels printed for this column, as the lexicon lists them. */
    List<String> labels() {
        return LABELS.get(this);
    }

    boolean isMoney() {
        return this == AMOUNT || this == CREDIT || this == DEBIT || this == BALANCE;
    }

    /**
     * Reads the lexicon: {@code COLUMN<TAB>label} a line, {@code #} comments. A mistake in it is a
     * mistake in the program, so it fails loudly: an unknown column, a line without a tab, or a label
     * given to two columns (the reader could not tell which is meant).
     */
    static Map<Column, List<String>> load(String resource) {
        Map<Column, List<String>> labels = new EnumMap<>(Column.class);
        for (Column column : values()) {
            labels.put(column, new ArrayList<>());
        }
        Map<String, Column> seen = new HashMap<>();
        try (InputStream in = Column.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("column lexicon missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(resource + ":" + number + ": no tab between column and label");
                }
                Column column;
                try {
                    column = valueOf(line.substring(0, tab).strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + ":" + number + ": unknown column " + line.substring(0, tab));
                }
                String label = line.substring(tab + 1).strip();
                Column before = seen.putIfAbsent(Labels.normalise(label), column);
                if (before != null) {
                    throw new IllegalStateException(resource + ":" + number + ": " + label + " is already a label of "
                            + before);
                }
                labels.get(column).add(label);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        labels.replaceAll((column, list) -> List.copyOf(list));
        return labels;
    }
}
