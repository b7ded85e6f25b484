package io.brokerlab.app.charts;

import io.brokerlab.app.AppView;
import io.brokerlab.app.Connection;
import io.brokerlab.app.Session;
import io.brokerlab.app.topics.TopicSource;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.process.AgentClient;
import io.brokerlab.launcher.state.ClusterState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * Live line charts per broker, from the agents (or an external cluster's offsets). Read once a second while a cluster
 * is attached, so a kill done in another view is charted too; drawn only while on screen.
 */
public final class ChartsView implements AppView {

    private final ChartsViewModel model;
    private final GridPane root = new GridPane();
    private final List<Chart> charts;
    private boolean visible;
    private volatile ClusterState latestState;

    private record Chart(String title, boolean needsAgents, LineChart<Number, Number> chart,
                         ToDoubleFunction<ChartsViewModel.Sample> value, Map<Integer, XYChart.Series<Number, Number>> series) {
    }

    public ChartsView(Session session) {
        this.model = new ChartsViewModel(session.fx(), System::currentTimeMillis);
        charts = List.of(
                chart("Messages in / s", false, ChartsViewModel.Sample::messagesIn),
                chart("Bytes in / s", true, ChartsViewModel.Sample::bytesIn),
                chart("Bytes out / s", true, ChartsViewModel.Sample::bytesOut),
                chart("Under-replicated partitions", false, ChartsViewModel.Sample::underReplicated));
        for (int i = 0; i < charts.size(); i++) {
            LineChart<Number, Number> c = charts.get(i).chart();
            GridPane.setHgrow(c, Priority.ALWAYS);
            GridPane.setVgrow(c, Priority.ALWAYS);
            root.add(c, i % 2, i / 2);
        }
        root.setId("charts");
        model.samples().addListener((ListChangeListener<ChartsViewModel.Sample>) change -> {
            while (visible && change.next()) {
                change.getAddedSubList().forEach(this::plot);
            }
        });
        // the sampling thread reads the newest state from here, not from the FX property
        session.clusterStateProperty().addListener((o, a, state) -> latestState = state);
        AgentClient agents = new AgentClient();
        Runnable attach = () -> {
            Connection c = session.connectionProperty().get();
            clearSeries();
            charts.forEach(chart -> {
                chart.chart().setTitle(chart.title() + (c != null && !c.local() && chart.needsAgents()
                        ? " — needs a local workspace's node agents" : ""));
            });
            LocalCluster cluster = session.cluster();
            TopicSource topics = session.topics();
            model.use(c == null ? null : c.local() ? new AgentCounters(cluster::snapshot, agents::metrics)
                    : new OffsetCounters(() -> latestState, topics::endOffsets));
        };
        session.connectionProperty().addListener(o -> attach.run());
        attach.run();
        // HTTP to the agents, or Admin calls: on a background thread, never the shared timer or the FX thread
        session.every(ChartsViewModel.PERIOD_MILLIS, () -> session.background().execute(model::sample));
    }

    private void clearSeries() {
        charts.forEach(chart -> {
            chart.series().clear();
            chart.chart().getData().clear();
        });
    }

    private void plot(ChartsViewModel.Sample s) {
        for (Chart c : charts) {
            double value = c.value().applyAsDouble(s);
            if (Double.isNaN(value)) {
                continue;
            }
            XYChart.Series<Number, Number> series = series(c, s.broker());
            series.getData().add(new XYChart.Data<>(s.atMillis() / 1000.0, value));
            if (series.getData().size() > ChartsViewModel.WINDOW) {
                series.getData().remove(0, series.getData().size() - ChartsViewModel.WINDOW);
            }
        }
    }

    /** Everything sampled so far, one list change per series (not one per point: a minute of 3 brokers is 720). */
    private void redraw(List<ChartsViewModel.Sample> samples) {
        clearSeries();
        for (Chart c : charts) {
            Map<Integer, List<XYChart.Data<Number, Number>>> points = new LinkedHashMap<>();
            for (ChartsViewModel.Sample s : samples) {
                double value = c.value().applyAsDouble(s);
                if (!Double.isNaN(value)) {
                    points.computeIfAbsent(s.broker(), b -> new ArrayList<>())
                            .add(new XYChart.Data<>(s.atMillis() / 1000.0, value));
                }
            }
            points.forEach((broker, data) -> series(c, broker).getData()
                    .setAll(data.subList(Math.max(0, data.size() - ChartsViewModel.WINDOW), data.size())));
        }
    }

    private static XYChart.Series<Number, Number> series(Chart c, int broker) {
        return c.series().computeIfAbsent(broker, b -> {
            XYChart.Series<Number, Number> created = new XYChart.Series<>();
            created.setName("broker-" + b);
            c.chart().getData().add(created);
            return created;
        });
    }

    private static Chart chart(String title, boolean needsAgents, ToDoubleFunction<ChartsViewModel.Sample> value) {
        NumberAxis x = new NumberAxis();
        x.setLabel("seconds");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinSize(200, 150);
        return new Chart(title, needsAgents, chart, value, new HashMap<>());
    }

    public ChartsViewModel model() {
        return model;
    }

    @Override
    public void shown() {
        visible = true;
        // what was sampled while another view was shown, drawn at once
        redraw(model.samples());
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
