package io.brokerlab.app.charts;

import io.brokerlab.app.AppView;
import io.brokerlab.app.Session;
import io.brokerlab.launcher.process.AgentClient;
import java.util.HashMap;
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

/** Live line charts per broker, from the agents; polled once a second while the view is on screen. */
public final class ChartsView implements AppView {

    private final ChartsViewModel model;
    private final GridPane root = new GridPane();
    private final List<Chart> charts;
    private volatile boolean visible;

    private record Chart(LineChart<Number, Number> chart, ToDoubleFunction<ChartsViewModel.Sample> value,
                         Map<Integer, XYChart.Series<Number, Number>> series) {
    }

    public ChartsView(Session session) {
        AgentClient agents = new AgentClient();
        this.model = new ChartsViewModel(() -> session.cluster() == null ? null : session.cluster().snapshot(),
                agents::metrics, session.fx());
        session.workspaceProperty().addListener((o, a, b) -> {
            model.clear();
            charts().forEach(c -> {
                c.series().clear();
                c.chart().getData().clear();
            });
        });
        // HTTP to the agents: on a background thread, never the shared timer or the FX thread
        session.every(1000, () -> {
            if (visible) {
                session.background().execute(model::sample);
            }
        });
        charts = List.of(
                chart("Messages in / s", ChartsViewModel.Sample::messagesIn),
                chart("Bytes in / s", ChartsViewModel.Sample::bytesIn),
                chart("Bytes out / s", ChartsViewModel.Sample::bytesOut),
                chart("Under-replicated partitions", ChartsViewModel.Sample::underReplicated));
        for (int i = 0; i < charts.size(); i++) {
            LineChart<Number, Number> c = charts.get(i).chart();
            GridPane.setHgrow(c, Priority.ALWAYS);
            GridPane.setVgrow(c, Priority.ALWAYS);
            root.add(c, i % 2, i / 2);
        }
        root.setId("charts");
        model.samples().addListener((ListChangeListener<ChartsViewModel.Sample>) change -> {
            while (change.next()) {
                for (ChartsViewModel.Sample s : change.getAddedSubList()) {
                    for (Chart c : charts) {
                        XYChart.Series<Number, Number> series = c.series().computeIfAbsent(s.broker(), b -> {
                            XYChart.Series<Number, Number> created = new XYChart.Series<>();
                            created.setName("broker-" + b);
                            c.chart().getData().add(created);
                            return created;
                        });
                        series.getData().add(new XYChart.Data<>(s.atMillis() / 1000.0, c.value().applyAsDouble(s)));
                        if (series.getData().size() > ChartsViewModel.WINDOW) {
                            series.getData().remove(0, series.getData().size() - ChartsViewModel.WINDOW);
                        }
                    }
                }
            }
        });
    }

    private List<Chart> charts() {
        return charts == null ? List.of() : charts;
    }

    private static Chart chart(String title, ToDoubleFunction<ChartsViewModel.Sample> value) {
        NumberAxis x = new NumberAxis();
        x.setLabel("seconds");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinSize(200, 150);
        return new Chart(chart, value, new HashMap<>());
    }

    public ChartsViewModel model() {
        return model;
    }

    @Override
    public void shown() {
        visible = true;
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
