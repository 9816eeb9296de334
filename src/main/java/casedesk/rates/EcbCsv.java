package casedesk.rates;

import casedesk.model.ExchangeRate;
import casedesk.model.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ECB's euro reference rates in its own CSV layout (eurofxref.csv, eurofxref-hist.csv): a
 * {@code Date} column, then one column per currency with the units of that currency per euro,
 * {@code N/A} where there is none that day, and often a trailing comma. A file that is not of that
 * shape is refused with the line and column at fault.
 */
public final class EcbCsv {

    /** A line of the file that cannot be read. */
    public static final class Malformed extends Exception {
        public Malformed(int line, String message) {
            super("line " + line + ": " + message);
        }
    }

    private EcbCsv() {
    }

    public static List<ExchangeRate> parse(Reader input) throws IOException, Malformed {
        BufferedReader reader = new BufferedReader(input);
        String header = reader.readLine();
        if (header == null) {
            throw new Malformed(1, "the file is empty");
        }
        header = header.replace("\uFEFF", "");
        String[] columns = header.split(",", -1);
        if (!columns[0].strip().equals("Date")) {
            throw new Malformed(1, "the first column must be 'Date', as in the ECB's files, not '" + columns[0].strip() + "'");
        }
        String[] currencies = new String[columns.length];
        for (int c = 1; c < columns.length; c++) {
            String code = columns[c].strip();
            if (code.isEmpty()) {
                continue;
            }
            try {
                Money.currency(code);
            } catch (IllegalArgumentException e) {
                throw new Malformed(1, "column " + (c + 1) + " '" + code + "' is not an ISO currency code");
            }
            currencies[c] = code;
        }
        List<ExchangeRate> rates = new ArrayList<>();
        int number = 1;
        for (String line; (line = reader.readLine()) != null; ) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            LocalDate date;
            try {
                date = LocalDate.parse(cells[0].strip());
            } catch (DateTimeParseException e) {
                throw new Malformed(number, "'" + cells[0].strip() + "' in column Date is not a date of the form 2026-11-20");
            }
            for (int c = 1; c < cells.length; c++) {
                String cell = cells[c].strip();
                if (cell.isEmpty() || cell.equals("N/A")) {
                    continue;
                }
                if (c >= currencies.length || currencies[c] == null) {
                    throw new Malformed(number, "a value in column " + (c + 1) + ", which has no currency heading");
                }
                BigDecimal rate;
                try {
                    rate = new BigDecimal(cell);
                } catch (NumberFormatException e) {
                    throw new Malformed(number, "'" + cell + "' in column " + currencies[c] + " is not a number");
                }
                if (rate.signum() <= 0) {
                    throw new Malformed(number, "the rate " + cell + " in column " + currencies[c] + " is not positive");
                }
                rates.add(new ExchangeRate(date, currencies[c], rate));
            }
        }
        if (rates.isEmpty()) {
            throw new Malformed(number, "the file holds no rates");
        }
        return rates;
    }
}
