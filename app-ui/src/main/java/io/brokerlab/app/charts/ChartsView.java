package io.brokerlab.app.charts;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.AppView;
import io.brokerlab.app.Connection;
import io.brokerlab.app.Session;
import io.brokerlab.app.topics.TopicSource;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.state.ClusterState;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Live line charts per broker, from the agents (or an external cluster's offsets). Read once a second while a cluster
 * is attached, so a kill done in another view is charted too; drawn only while on screen. What happened to the nodes
 * (a kill, a start, a new controller) is marked across every chart at its time, so a line that drops says why; the
 * markers are drawn with the samples, once a second, not once per event.
 */
public final class ChartsView implements AppView {

    /** The stretches of time a user can look back over, in seconds; the model keeps the longest. */
    static final List<Integer> SPANS = List.of(120, 300, 900);

    private final ChartsViewModel model;
    private final GridPane grid = new GridPane();
    private final BorderPane root = new BorderPane(grid);
    /** How far back the charts reach, the same stretch of time for every broker. */
    private double shownSeconds = SPANS.get(0);
    /** Held still to be talked over; sampling goes on, and Resume draws what came meanwhile. */
    private boolean paused;
    private final List<Chart> charts;
    private boolean visible;
    /** The brokers whose newest plotted sample says they are down: their legend says so, their line is muted. */
    private final Set<Integer> down = new HashSet<>();
    private volatile ClusterState latestState;

    /** A broker's series while the broker is down: app.css mutes and dashes it. */
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");

    /** How a chart's y axis reads. */
    private enum Scale { RATE, BYTES, COUNT }

    /** {@code chart} and {@code marked} are one chart, seen as JavaFX's and as what this view adds to it. */
    private record Chart(Scale scale, XYChart<Number, Number> chart, MarkedChart marked, Label placeholder,
                         ToDoubleFunction<ChartsViewModel.Sample> value,
                         Map<Integer, XYChart.Series<Number, Number>> series) {
    }

    public ChartsView(Session session) {
        this.model = new ChartsViewModel(session.fx(), System::currentTimeMillis);
        charts = List.of(
                chart("Messages in / s", Scale.RATE, ChartsViewModel.Sample::messagesIn),
                chart("Bytes in / s", Scale.BYTES, ChartsViewModel.Sample::bytesIn),
                chart("Bytes out / s", Scale.BYTES, ChartsViewModel.Sample::bytesOut),
                chart("Under-replicated partitions, by leader", Scale.COUNT,
                        ChartsViewModel.Sample::underReplicated));
        MarkerPlots plots = new MarkerPlots();
        charts.forEach(c -> c.marked().placeMarkersWith(plots));
        for (int i = 0; i < charts.size(); i++) {
            Chart chart = charts.get(i);
            StackPane cell = new StackPane(chart.chart(), chart.placeholder());
            cell.setMinSize(200, 150);
            GridPane.setHgrow(cell, Priority.ALWAYS);
            GridPane.setVgrow(cell, Priority.ALWAYS);
            grid.add(cell, i % 2, i / 2);
        }
        root.setId("charts");
        root.setTop(toolbar());
        model.samples().addListener((ListChangeListener<ChartsViewModel.Sample>) change -> {
            boolean plotted = false;
            while (visible && !paused && change.next()) {
                change.getAddedSubList().forEach(this::plot);
                plotted |= change.wasAdded();
            }
            if (plotted) {
                nameSeries();
                showMarkers();
            }
        });
        // the timeline's feeds too, each a batch per pulse: kept in the model, drawn with the next samples
        session.addEventListener(events -> model.markers().nodeEvents(events));
        session.addClusterEventListener(events -> model.markers().clusterEvents(events));
        // the sampling thread reads the newest state from here, not from the FX property
        session.clusterStateProperty().addListener((o, a, state) -> latestState = state);
        LazyAgentMetrics agents = new LazyAgentMetrics();
        Runnable attach = () -> {
            Connection c = session.connectionProperty().get();
            clearSeries();
            // an external cluster's brokers publish no byte counters to us: say so instead of drawing empty axes
            boolean noBytes = c != null && !c.local();
            charts.stream().filter(chart -> chart.scale() == Scale.BYTES).forEach(chart -> {
                chart.chart().setVisible(!noBytes);
                chart.placeholder().setVisible(noBytes);
            });
            LocalCluster cluster = session.cluster();
            TopicSource topics = session.topics();
            model.use(c == null ? null : c.local() ? new AgentCounters(cluster::snapshot, agents,
                    session.background(), AgentCounters.READ_TIMEOUT)
                    : new OffsetCounters(() -> latestState, topics::endOffsets));
        };
        session.connectionProperty().addListener(o -> attach.run());
        attach.run();
        // HTTP to the agents, or Admin calls: on a background thread, never the shared timer or the FX thread
        session.every(ChartsViewModel.PERIOD_MILLIS, () -> session.background().execute(model::sample));
    }

    /** How far back to look, and Pause: a failover's dip stays on screen while the class talks about it. */
    private ToolBar toolbar() {
        ToggleGroup spans = new ToggleGroup();
        HBox spanButtons = new HBox();
        for (int seconds : SPANS) {
            ToggleButton span = new ToggleButton("Last " + seconds / 60 + " min");
            span.setId("charts-span-" + seconds / 60);
            span.getStyleClass().add(seconds == SPANS.get(0) ? Styles.LEFT_PILL
                    : seconds == SPANS.get(SPANS.size() - 1) ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            span.setToggleGroup(spans);
            span.setSelected(seconds == shownSeconds);
            span.setOnAction(e -> {
                // a pressed span stays pressed: one of them is always what is shown
                span.setSelected(true);
                shownSeconds = seconds;
                if (visible) {
                    redraw(model.samples());
                }
            });
            spanButtons.getChildren().add(span);
        }
        ToggleButton pause = new ToggleButton("Pause", new FontIcon(Feather.PAUSE));
        pause.setId("charts-pause");
        pause.setTooltip(new Tooltip("Hold the charts still; sampling goes on, and Resume draws what came meanwhile"));
        pause.selectedProperty().addListener((o, was, now) -> {
            paused = now;
            pause.setText(now ? "Resume" : "Pause");
            ((FontIcon) pause.getGraphic()).setIconCode(now ? Feather.PLAY : Feather.PAUSE);
            if (!now && visible) {
                redraw(model.samples());
            }
        });
        return new ToolBar(spanButtons, pause);
    }

    private void clearSeries() {
        down.clear();
        charts.forEach(chart -> {
            chart.series().clear();
            chart.chart().getData().clear();
            chart.marked().showMarkers(List.of());
            rescaleCount(chart);
        });
        rescaleTime();
    }

    private void plot(ChartsViewModel.Sample s) {
        noteDown(s);
        for (Chart c : charts) {
            double value = c.value().applyAsDouble(s);
            if (Double.isNaN(value)) {
                continue;
            }
            series(c, s.broker()).getData().add(new XYChart.Data<>(s.atMillis() / 1000.0, value));
            dropOlderThan(c, s.atMillis() / 1000.0 - shownSeconds);
            rescaleCount(c);
        }
        rescaleTime();
    }

    /**
     * One time window for every series: a broker that stopped answering (killed in a demo) keeps its last points
     * only as long as the others keep theirs, and the others do not lose the failover while its line stays.
     */
    private static void dropOlderThan(Chart c, double cutoffSeconds) {
        for (XYChart.Series<Number, Number> series : c.series().values()) {
            javafx.collections.ObservableList<XYChart.Data<Number, Number>> data = series.getData();
            int old = 0;
            while (old < data.size() && data.get(old).getXValue().doubleValue() < cutoffSeconds) {
                old++;
            }
            if (old > 0) {
                data.remove(0, old);
            }
        }
    }

    /** Everything sampled so far, one list change per series (not one per point: a minute of 3 brokers is 720). */
    private void redraw(List<ChartsViewModel.Sample> samples) {
        clearSeries();
        samples.forEach(this::noteDown);
        for (Chart c : charts) {
            Map<Integer, List<XYChart.Data<Number, Number>>> points = new TreeMap<>();
            for (ChartsViewModel.Sample s : samples) {
                double value = c.value().applyAsDouble(s);
                if (!Double.isNaN(value)) {
                    points.computeIfAbsent(s.broker(), b -> new ArrayList<>())
                            .add(new XYChart.Data<>(s.atMillis() / 1000.0, value));
                }
            }
            double newest = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).atMillis() / 1000.0;
            points.forEach((broker, data) -> series(c, broker).getData()
                    .setAll(data.stream().filter(p -> p.getXValue().doubleValue() >= newest - shownSeconds).toList()));
            rescaleCount(c);
        }
        rescaleTime();
        nameSeries();
        showMarkers();
    }

    /**
     * The markers of the stretch of time the charts show, from their oldest point (what the span keeps) to the end of
     * the time axis: an event just after the newest reading is drawn already.
     */
    private void showMarkers() {
        DoubleSummaryStatistics times = times();
        List<EventMarker> shown = times.getCount() == 0 ? List.of() : model.markers().between(
                Math.round(times.getMin() * 1000),
                Math.round(((NumberAxis) charts.get(0).chart().getXAxis()).getUpperBound() * 1000));
        charts.forEach(c -> c.marked().showMarkers(shown));
    }

    private void noteDown(ChartsViewModel.Sample s) {
        if (s.down()) {
            down.add(s.broker());
        } else {
            down.remove(s.broker());
        }
    }

    /**
     * Each legend entry with the broker's newest value, "down" for one known not to run (its 0 is no idle broker's
     * 0), or a dash once it missed a reading: lines of equal rates lie on one another, and the legend still tells
     * each broker's figure. Renamed only when the text changes, since each rename lays the legend out again.
     */
    private void nameSeries() {
        double newest = charts.stream().flatMap(c -> c.series().values().stream())
                .flatMap(series -> series.getData().stream()).mapToDouble(d -> d.getXValue().doubleValue())
                .max().orElse(0);
        double stale = newest - 1.5 * ChartsViewModel.PERIOD_MILLIS / 1000.0;
        for (Chart c : charts) {
            c.series().forEach((broker, series) -> {
                List<XYChart.Data<Number, Number>> data = series.getData();
                XYChart.Data<Number, Number> last = data.isEmpty() ? null : data.get(data.size() - 1);
                String value = down.contains(broker) ? "down"
                        : last == null || last.getXValue().doubleValue() < stale ? "—"
                        : format(c.scale(), last.getYValue().doubleValue());
                String name = label(broker) + "  " + value;
                if (!name.equals(series.getName())) {
                    series.setName(name);
                }
                series.getNode().pseudoClassStateChanged(DOWN, down.contains(broker));
            });
        }
    }

    private static String label(int broker) {
        return broker == ChartsViewModel.CLUSTER ? "total" : "broker-" + broker;
    }

    private static String format(Scale scale, double value) {
        return switch (scale) {
            case RATE -> ChartsViewModel.messagesPerSecond(value);
            case BYTES -> ChartsViewModel.bytesPerSecond(value);
            case COUNT -> String.valueOf(Math.round(value));
        };
    }

    /**
     * The series of {@code broker}, created on its first point, and put with the others in broker order (the total
     * first): the legend reads in that order. Every chart's series then take their broker's look again (see
     * {@link SeriesColours}): a broker new to the charts can change another's stroke.
     */
    private XYChart.Series<Number, Number> series(Chart c, int broker) {
        XYChart.Series<Number, Number> existing = c.series().get(broker);
        if (existing != null) {
            return existing;
        }
        XYChart.Series<Number, Number> created = new XYChart.Series<>();
        created.setName(label(broker));
        c.series().put(broker, created);
        c.chart().getData().setAll(new TreeMap<>(c.series()).values());
        Set<Integer> brokers = new TreeSet<>();
        charts.forEach(chart -> brokers.addAll(chart.series().keySet()));
        for (Chart chart : charts) {
            Map<XYChart.Series<Number, Number>, SeriesColours.Look> looks = new HashMap<>();
            chart.series().forEach((id, series) -> looks.put(series, SeriesColours.of(id, brokers)));
            chart.marked().setLooks(looks);
        }
        return created;
    }

    /**
     * One time axis for all four charts, set by hand (ticks on whole seconds, which its labels show): a moment is at the
     * same place in each, though a chart may lack points another has (no rate before a broker's second reading).
     */
    private void rescaleTime() {
        DoubleSummaryStatistics times = times();
        if (times.getCount() > 0) {
            ChartsViewModel.TimeScale time = ChartsViewModel.timeScale(times.getMin(), times.getMax());
            for (Chart c : charts) {
                NumberAxis x = (NumberAxis) c.chart().getXAxis();
                x.setLowerBound(time.lower());
                x.setUpperBound(time.upper());
                x.setTickUnit(time.step());
            }
        }
    }

    /** The times (epoch seconds) of every point plotted. */
    private DoubleSummaryStatistics times() {
        return charts.stream().flatMap(c -> c.series().values().stream())
                .flatMap(series -> series.getData().stream()).mapToDouble(d -> d.getXValue().doubleValue())
                .summaryStatistics();
    }

    /** A count axis is set by hand too: whole ticks from 0 up to the brokers' stacked total. The others range. */
    private static void rescaleCount(Chart c) {
        if (c.scale() == Scale.COUNT) {
            Map<Double, Double> totals = new HashMap<>();
            c.series().values().stream().flatMap(series -> series.getData().stream()).forEach(d ->
                    totals.merge(d.getXValue().doubleValue(), d.getYValue().doubleValue(), Double::sum));
            double max = totals.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            ChartsViewModel.CountScale scale = ChartsViewModel.countScale(max);
            NumberAxis y = (NumberAxis) c.chart().getYAxis();
            y.setUpperBound(scale.upper());
            y.setTickUnit(scale.step());
        }
    }

    private static Chart chart(String title, Scale scale, ToDoubleFunction<ChartsViewModel.Sample> value) {
        NumberAxis x = new NumberAxis();
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(label(ChartsViewModel::timeOfDay));
        NumberAxis y = new NumberAxis();
        switch (scale) {
            case BYTES -> y.setTickLabelFormatter(label(ChartsViewModel::bytesPerSecond));
            case COUNT -> {
                y.setAutoRanging(false);
                y.setLowerBound(0);
                y.setMinorTickVisible(false);
                y.setTickLabelFormatter(label(v -> String.valueOf(Math.round(v))));
            }
            case RATE -> {
            }
        }
        if (scale == Scale.COUNT) {
            // each broker counts the under-replicated partitions it leads: stacked, the top edge is the cluster's
            // count (what Topics shows), and lines of equal counts do not hide one another
            MarkedAreaChart stacked = new MarkedAreaChart(x, y);
            stacked.setCreateSymbols(false);
            return chart(title, scale, value, stacked);
        }
        MarkedLineChart lines = new MarkedLineChart(x, y);
        lines.setCreateSymbols(false);
        return chart(title, scale, value, lines);
    }

    private static <C extends XYChart<Number, Number> & MarkedChart> Chart chart(String title, Scale scale,
            ToDoubleFunction<ChartsViewModel.Sample> value, C chart) {
        Label placeholder = new Label(title + ": not available for an external cluster.\nByte rates come from the node "
                + "agents of a local workspace; an external cluster's brokers publish none to Brokerlab. Messages in / s "
                + "and under-replicated partitions are charted from its offsets and metadata.");
        chart.setTitle(title);
        chart.setAnimated(false);
        // the text size chosen in the header reaches labels through the scene root's -fx-font-size, but an axis
        // draws its tick labels in a font of its own (the theme's, in em of the default font): a label's font is the
        // text size, so the times and rates grow with the titles on a projector
        for (Axis<Number> axis : List.of(chart.getXAxis(), chart.getYAxis())) {
            axis.tickLabelFontProperty().bind(placeholder.fontProperty());
        }
        placeholder.getStyleClass().add("charts-placeholder");
        placeholder.setWrapText(true);
        // fills the chart's cell, so the cell keeps its place in the grid
        placeholder.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        placeholder.setVisible(false);
        return new Chart(scale, chart, chart, placeholder, value, new HashMap<>());
    }

    private static StringConverter<Number> label(DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("tick labels are only shown");
            }
        };
    }

    public ChartsViewModel model() {
        return model;
    }

    @Override
    public void shown() {
        visible = true;
        // what was sampled while another view was shown, drawn at once (unless held still)
        if (!paused) {
            redraw(model.samples());
        }
    }

    @Override
    public void hidden() {
        visible = false;
    }

    @Override
    public String title() {
        return "Charts";
    }

    @Override
    public Ikon icon() {
        return Feather.BAR_CHART_2;
    }

    @Override
    public Node root() {
        return root;
    }
}
