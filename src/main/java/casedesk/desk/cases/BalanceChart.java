package casedesk.desk.cases;

import casedesk.desk.Messages;
import casedesk.model.Transaction;
import casedesk.review.OpenedCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * The running balance of each statement over time, with the means required for the stay as a
 * line and the lodging date marked: funds that only rise above the line days before lodging show
 * at a glance.
 */
final class BalanceChart extends LineChart<Number, Number> {

    private final Messages messages;

    BalanceChart(Messages messages) {
        super(new NumberAxis(), new NumberAxis());
        this.messages = messages;
        setId("balance-chart");
        setCreateSymbols(false);
        setAnimated(false);
        NumberAxis x = (NumberAxis) getXAxis();
        x.setForceZeroInRange(false);
        x.setAutoRanging(true);
        DateTimeFormatter format = messages.dayAndMonth();
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return format.format(LocalDate.ofEpochDay(day.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return LocalDate.parse(text).toEpochDay();
            }
        });
        ((NumberAxis) getYAxis()).setForceZeroInRange(false);
    }

    void show(OpenedCase data) {
        getData().clear();
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        String currency = null;
        for (OpenedCase.DocumentData document : data.documents()) {
            List<Transaction> rows = document.transactions().stream().filter(t -> t.balance().isPresent()).toList();
            if (rows.isEmpty()) {
                continue;
            }
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(document.document().fileName());
            for (Transaction t : rows) {
                double balance = t.balance().get().amount().doubleValue();
                series.getData().add(new XYChart.Data<>(t.date().toEpochDay(), balance));
                low = Math.min(low, balance);
                high = Math.max(high, balance);
                first = Math.min(first, t.date().toEpochDay());
                last = Math.max(last, t.date().toEpochDay());
            }
            currency = rows.getFirst().amount().currencyCode();
            getData().add(series);
        }
        if (currency == null) {
            setTitle(messages.get("chart.none"));
            return;
        }
        long lodged = data.visaCase().lodged().toEpochDay();
        last = Math.max(last, lodged);
        Map<String, BigDecimal> required = data.required();
        if (required.containsKey(currency)) {
            double line = required.get(currency).doubleValue();
            XYChart.Series<Number, Number> requirement = new XYChart.Series<>();
            requirement.setName(messages.format("chart.required", currency, messages.amount(required.get(currency))));
            requirement.getData().add(new XYChart.Data<>(first, line));
            requirement.getData().add(new XYChart.Data<>(last, line));
            getData().add(requirement);
            low = Math.min(low, line);
            high = Math.max(high, line);
        }
        XYChart.Series<Number, Number> lodging = new XYChart.Series<>();
        lodging.setName(messages.format("chart.lodged", data.visaCase().lodged().toString()));
        lodging.getData().add(new XYChart.Data<>(lodged, Math.min(low, 0)));
        lodging.getData().add(new XYChart.Data<>(lodged, high));
        getData().add(lodging);
        setTitle(messages.format("chart.title", currency));
    }
}
