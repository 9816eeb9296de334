package casedesk.desk.audit;

import casedesk.desk.Messages;
import casedesk.model.DecisionFacts;
import casedesk.model.DecisionFilter;
import casedesk.model.DecisionStatistics;
import casedesk.model.Outcome;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The supervisor's statistics over the decisions the browser's filters let through, as six charts:
 * decisions per week by outcome, the override rate per officer, the refusal grounds used, the
 * scores of Sesame-path issuances, how soon cases were decided, and the signals raised beside what
 * was decided on them. A bar or slice clicked narrows the browser to its decisions.
 */
final class StatisticsView extends ScrollPane {

    private final Messages messages;
    private final Consumer<DecisionFilter> narrow;
    private final GridPane grid = new GridPane(16, 16);
    private final Label summary = new Label();

    StatisticsView(Messages messages, Consumer<DecisionFilter> narrow) {
        this.messages = messages;
        this.narrow = narrow;
        setId("statistics");
        setFitToWidth(true);
        summary.setId("statistics-summary");
        summary.setWrapText(true);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(half, half);
        VBox content = new VBox(10, summary, grid);
        content.setPadding(new javafx.geometry.Insets(8));
        setContent(content);
    }

    /** Shows the statistics of the decisions {@code filter} lets through; a click narrows from it. */
    void show(DecisionStatistics statistics, DecisionFilter filter, Map<Integer, String> groundTexts) {
        long overrides = statistics.officers().stream().mapToLong(DecisionStatistics.Officer::against).sum();
        summary.setText(messages.format("statistics.summary", statistics.decisions(), overrides,
                statistics.shareWithin15Days() * 100, statistics.sesameIssuances()));
        grid.getChildren().setAll(List.of());
        grid.add(weeks(statistics, filter), 0, 0);
        grid.add(officers(statistics, filter), 1, 0);
        grid.add(grounds(statistics, filter, groundTexts), 0, 1);
        grid.add(scores(statistics, filter), 1, 1);
        grid.add(timeliness(statistics, filter), 0, 2);
        grid.add(signals(statistics, filter), 1, 2);
    }

    private Node weeks(DecisionStatistics statistics, DecisionFilter filter) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = axis();
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setId("chart-weeks");
        chart.setTitle(messages.get("statistics.weeks"));
        Map<LocalDate, Map<Outcome, Long>> byWeek = new TreeMap<>();
        statistics.weeks().forEach(week -> byWeek.computeIfAbsent(week.monday(), k -> new LinkedHashMap<>())
                .put(week.outcome(), week.decisions()));
        if (!byWeek.isEmpty()) {
            // Weeks without a decision are shown too (up to two years of them): a gap is a fact.
            LocalDate first = ((TreeMap<LocalDate, Map<Outcome, Long>>) byWeek).firstKey();
            LocalDate last = ((TreeMap<LocalDate, Map<Outcome, Long>>) byWeek).lastKey();
            if (java.time.temporal.ChronoUnit.WEEKS.between(first, last) <= 104) {
                for (LocalDate monday = first; monday.isBefore(last); monday = monday.plusWeeks(1)) {
                    byWeek.computeIfAbsent(monday, k -> new LinkedHashMap<>());
                }
            }
        }
        List<String> categories = byWeek.keySet().stream().map(monday -> monday.format(messages.dateField())).toList();
        x.getCategories().setAll(categories);
        for (Outcome outcome : Outcome.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(messages.get("outcome." + outcome.code()));
            chart.getData().add(series);
            for (var week : byWeek.entrySet()) {
                long n = week.getValue().getOrDefault(outcome, 0L);
                XYChart.Data<String, Number> bar = new XYChart.Data<>(week.getKey().format(messages.dateField()), n);
                series.getData().add(bar);
                LocalDate monday = week.getKey();
                clickable(bar, "week-" + monday + "-" + outcome.code(),
                        messages.format("statistics.weeks.tip", monday.format(messages.dateField()), n,
                                messages.get("outcome." + outcome.code())),
                        filter.withPeriod(monday, monday.plusDays(6)).withOutcome(outcome));
            }
        }
        return framed(chart, statistics.weeks().isEmpty());
    }

    private Node officers(DecisionStatistics statistics, DecisionFilter filter) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(0, 100, 20);
        y.setLabel("%");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("chart-officers");
        chart.setTitle(messages.get("statistics.officers"));
        chart.setLegendVisible(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        for (DecisionStatistics.Officer officer : statistics.officers()) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(officer.name(), officer.overrideRate() * 100);
            series.getData().add(bar);
            clickable(bar, "officer-" + officer.name(), messages.format("statistics.officers.tip", officer.name(),
                    officer.against(), officer.decisions()), filter.withOfficer(officer.name()).withAgainstOnly(true));
        }
        return framed(chart, statistics.officers().isEmpty());
    }

    private Node grounds(DecisionStatistics statistics, DecisionFilter filter, Map<Integer, String> texts) {
        CategoryAxis x = new CategoryAxis();
        BarChart<String, Number> chart = new BarChart<>(x, axis());
        chart.setId("chart-grounds");
        chart.setTitle(messages.get("statistics.grounds"));
        chart.setLegendVisible(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        for (DecisionStatistics.Ground ground : statistics.grounds()) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(Integer.toString(ground.ground()), ground.refusals());
            series.getData().add(bar);
            clickable(bar, "ground-" + ground.ground(), messages.format("statistics.grounds.tip", ground.ground(),
                    ground.refusals(), messages.ground(ground.ground(), texts.getOrDefault(ground.ground(), ""))),
                    filter.withGround(ground.ground()).withOutcome(Outcome.REFUSE));
        }
        return framed(chart, statistics.grounds().isEmpty());
    }

    private Node scores(DecisionStatistics statistics, DecisionFilter filter) {
        CategoryAxis x = new CategoryAxis();
        BarChart<String, Number> chart = new BarChart<>(x, axis());
        chart.setId("chart-scores");
        chart.setTitle(messages.format("statistics.scores", statistics.sesameIssuances()));
        chart.setLegendVisible(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        DecisionFilter sesameIssued = filter.withPath(DecisionFacts.Path.SESAME).withOutcome(Outcome.ISSUE);
        for (DecisionStatistics.ScoreBand band : statistics.sesameScores()) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(band.low() + "–" + band.high(), band.issuances());
            series.getData().add(bar);
            clickable(bar, "score-" + band.low(), messages.format("statistics.scores.tip", band.issuances(), band.low(),
                    band.high()), sesameIssued);
        }
        return framed(chart, statistics.sesameScores().isEmpty());
    }

    private Node timeliness(DecisionStatistics statistics, DecisionFilter filter) {
        PieChart chart = new PieChart();
        chart.setId("chart-timeliness");
        chart.setTitle(messages.format("statistics.timeliness", statistics.shareWithin15Days() * 100));
        chart.setAnimated(false);
        chart.setLabelsVisible(true);
        for (DecisionStatistics.Timely timely : statistics.timeliness()) {
            PieChart.Data slice = new PieChart.Data(messages.get("decisions.timeliness." + timely.timeliness().code())
                    + " (" + timely.decisions() + ")", timely.decisions());
            chart.getData().add(slice);
            String id = "timeliness-" + timely.timeliness().code();
            DecisionFilter narrowed = filter.withTimeliness(timely.timeliness());
            whenShown(slice.nodeProperty(), slice.getNode(), node -> {
                node.setId(id);
                node.setOnMouseClicked(event -> narrow.accept(narrowed));
                node.setStyle("-fx-cursor: hand;");
            });
        }
        chart.setMinHeight(240);
        return framed(chart, statistics.timeliness().isEmpty());
    }

    private Node signals(DecisionStatistics statistics, DecisionFilter filter) {
        CategoryAxis x = new CategoryAxis();
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, axis());
        chart.setId("chart-signals");
        chart.setTitle(messages.get("statistics.signals"));
        Map<String, Map<Outcome, Long>> bySignal = new TreeMap<>();
        statistics.signals().forEach(signal -> bySignal.computeIfAbsent(signal.code(), k -> new LinkedHashMap<>())
                .put(signal.outcome(), signal.decisions()));
        x.getCategories().setAll(bySignal.keySet().stream().map(this::signalName).toList());
        for (Outcome outcome : Outcome.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(messages.get("outcome." + outcome.code()));
            chart.getData().add(series);
            for (var signal : bySignal.entrySet()) {
                long n = signal.getValue().getOrDefault(outcome, 0L);
                XYChart.Data<String, Number> bar = new XYChart.Data<>(signalName(signal.getKey()), n);
                series.getData().add(bar);
                clickable(bar, "signal-" + signal.getKey() + "-" + outcome.code(), messages.format("statistics.signals.tip",
                        n, messages.get("outcome." + outcome.code()), signalName(signal.getKey())),
                        filter.withSignal(signal.getKey()).withOutcome(outcome));
            }
        }
        return framed(chart, statistics.signals().isEmpty());
    }

    private String signalName(String code) {
        return messages.getOrElse("signal." + code, code);
    }

    private static NumberAxis axis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? Long.toString(value.longValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        return axis;
    }

    /** A bar that says what it counts and, clicked, narrows the browser to those decisions. */
    private void clickable(XYChart.Data<String, Number> bar, String id, String tip, DecisionFilter narrowed) {
        whenShown(bar.nodeProperty(), bar.getNode(), node -> {
            node.setId("bar-" + id.replaceAll("[^A-Za-z0-9-]", "_"));
            Tooltip.install(node, new Tooltip(tip));
            node.setOnMouseClicked(event -> narrow.accept(narrowed));
            node.setStyle("-fx-cursor: hand;");
        });
    }

    private static void whenShown(javafx.beans.value.ObservableValue<Node> property, Node now, Consumer<Node> setUp) {
        if (now != null) {
            setUp.accept(now);
        }
        property.addListener((o, before, node) -> {
            if (node != null) {
                setUp.accept(node);
            }
        });
    }

    private Node framed(javafx.scene.chart.Chart chart, boolean empty) {
        chart.setAnimated(false);
        if (chart instanceof BarChart<?, ?> bars && bars.getData().size() == 1) {
            // One or two bars should not fill the whole chart.
            int categories = bars.getData().getFirst().getData().size();
            bars.setCategoryGap(categories >= 6 ? 10 : 60.0 * (6 - categories));
        }
        chart.setPrefHeight(260);
        chart.setMinHeight(240);
        if (!empty) {
            return chart;
        }
        Label none = new Label(messages.get("statistics.none"));
        VBox box = new VBox(4, chart, none);
        return box;
    }
}
