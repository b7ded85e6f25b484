package io.brokerlab.app.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.brokerlab.app.NodeEvent;
import io.brokerlab.app.Session;
import io.brokerlab.app.UiTestSupport;

import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Border;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The charts' span, Pause, series and event markers, fed samples and events directly: no cluster, the toolkit on
 * Monocle.
 */
class ChartsViewTest {

    private static final long T0 = 1_796_000_000_000L;

    private Session session;
    private ChartsView view;
    private Stage stage;
    private StackPane appRoot;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        session = new Session(Runnable::run);
        UiTestSupport.onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            view = new ChartsView(session);
            stage = new Stage();
            // as in the window: app.css, and the root that says which theme is shown
            appRoot = new StackPane(view.root());
            appRoot.getStyleClass().add("app-root");
            Scene scene = new Scene(appRoot, 1200, 800);
            scene.getStylesheets().add(ChartsView.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            view.shown();
        });
    }

    @AfterEach
    void close() {
        UiTestSupport.onFx(() -> stage.close());
        session.close();
    }

    @Test
    void aLongerSpanShowsTheFailoverOfTenMinutesAgoAndPauseHoldsTheChartsStill() {
        UiTestSupport.onFx(() -> {
            view.model().samples().addAll(seconds(0, 600));
            assertThat(shownSeconds()).as("the last two minutes, at first").isEqualTo(120);

            fire("#charts-span-15");
            assertThat(shownSeconds()).as("all ten minutes sampled").isEqualTo(600);
            fire("#charts-span-5");
            assertThat(shownSeconds()).isEqualTo(300);

            fire("#charts-pause");
            view.model().samples().addAll(seconds(601, 620));
            assertThat(newestSecond()).as("held still").isEqualTo(600);
            assertThat(((ButtonBase) view.root().lookup("#charts-pause")).getText()).isEqualTo("Resume");

            fire("#charts-pause");
            assertThat(newestSecond()).as("what came meanwhile, drawn on Resume").isEqualTo(620);
            view.model().samples().addAll(seconds(621, 621));
            assertThat(newestSecond()).isEqualTo(621);
        });
    }

    @Test
    void tickLabelsFollowTheTextSizeChosenInTheHeader() {
        UiTestSupport.onFx(() -> {
            view.model().samples().addAll(seconds(0, 10));
            for (double size : List.of(20.0, 14.0)) {
                // as WindowAppearance sets it on the scene's root
                view.root().setStyle("-fx-font-size: " + size + "px;");
                view.root().applyCss();
                assertThat(view.root().lookupAll(".axis")).hasSize(8).allSatisfy(axis ->
                        assertThat(((Axis<?>) axis).getTickLabelFont().getSize()).isEqualTo(size));
            }
        });
    }

    @Test
    void aBrokerHasOneColourInEveryChartTheTotalItsOwnAndAreasAreSeenInBothThemes() {
        UiTestSupport.onFx(() -> {
            List<ChartsViewModel.Sample> tick = new ArrayList<>();
            for (int s = 0; s <= 2; s++) {
                long at = T0 + s * 1000L;
                // broker 1 without byte figures: broker 2 is the first series of the byte charts, the second here
                tick.add(new ChartsViewModel.Sample(at, 1, 100, Double.NaN, Double.NaN, 1, false));
                tick.add(new ChartsViewModel.Sample(at, 2, 200, 1000, 1000, 1, false));
                tick.add(new ChartsViewModel.Sample(at, ChartsViewModel.CLUSTER, 300, Double.NaN, Double.NaN,
                        Double.NaN, false));
            }
            view.model().samples().addAll(tick);
            for (boolean dark : List.of(false, true)) {
                appRoot.pseudoClassStateChanged(PseudoClass.getPseudoClass("dark"), dark);
                Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
                appRoot.applyCss();
                Paint broker1 = stroke(0, "broker-1");
                Paint broker2 = stroke(0, "broker-2");
                assertThat(stroke(1, "broker-2")).as("broker-2 in Bytes in / s as in Messages in / s")
                        .isEqualTo(broker2);
                assertThat(stroke(3, "broker-2")).as("and its under-replicated edge").isEqualTo(broker2);
                assertThat(stroke(3, "broker-1")).isEqualTo(broker1);
                assertThat(List.of(broker1, broker2, stroke(0, "total"))).doesNotHaveDuplicates();
                assertThat(broker1).isEqualTo(Color.web(dark ? "#56b4e9" : "#0072b2"));
                Color fill = (Color) ((Path) ((Group) series(3, "broker-1").getNode()).getChildren().get(0)).getFill();
                assertThat(fill.getOpacity()).as("a visible fill, not the theme's 20%").isGreaterThanOrEqualTo(0.4);
            }
        });
    }

    @Test
    void aBrokerThatIsDownSaysSoAndTheTotalIsTheRunningBrokersSum() {
        UiTestSupport.onFx(() -> {
            view.model().samples().addAll(
                    new ChartsViewModel.Sample(T0, 1, 250, 1000, 1000, 0, false),
                    new ChartsViewModel.Sample(T0, 2, 0, 0, 0, 0, true),
                    new ChartsViewModel.Sample(T0, ChartsViewModel.CLUSTER, 250, Double.NaN, Double.NaN,
                            Double.NaN, false));
            assertThat(series(0, "broker-2").getName()).isEqualTo("broker-2  down");
            assertThat(series(0, "broker-1").getName()).isEqualTo("broker-1  250 msg/s");
            assertThat(series(0, "total").getName()).isEqualTo("total  250 msg/s");
            assertThat(view.root().lookupAll(".chart-legend-item")).extracting(n -> ((Labeled) n).getText())
                    .contains("broker-2  down", "total  250 msg/s");
            assertThat(series(0, "broker-2").getNode().getPseudoClassStates())
                    .contains(PseudoClass.getPseudoClass("down"));
            assertThat(series(1, "broker-1").getNode().getPseudoClassStates()).isEmpty();

            view.model().samples().add(new ChartsViewModel.Sample(T0 + 1000, 2, 0, 0, 0, 0, false));
            assertThat(series(0, "broker-2").getName()).as("running again, idle").isEqualTo("broker-2  0 msg/s");
            assertThat(series(0, "broker-2").getNode().getPseudoClassStates()).isEmpty();
        });
    }

    @Test
    void aKillIsMarkedOnEveryChartAtItsTimeItsLabelWholeAtTheTopOfThePlotInBothThemes() {
        UiTestSupport.onFx(() -> {
            view.model().samples().addAll(twoBrokers(0, 30));
            view.model().markers().nodeEvents(List.of(NodeEvents.kill(T0 + 20_000, NodeId.broker(2))));
            assertThat(view.root().lookupAll(".event-marker-label")).as("drawn with the next samples, not per event")
                    .isEmpty();
            view.model().samples().addAll(twoBrokers(31, 31));

            for (boolean dark : List.of(false, true)) {
                theme(dark);
                for (XYChart<Number, Number> chart : charts()) {
                    assertThat(labelsOf(chart)).extracting(Labeled::getText).containsExactly("broker-2 killed");
                    Label label = labelsOf(chart).get(0);
                    assertThat(label.getStyleClass()).contains("danger");
                    assertThat(label.isVisible()).isTrue();
                    assertThat(((Text) label.lookup(".text")).getText()).as("not cut").isEqualTo("broker-2 killed");
                    NumberAxis time = (NumberAxis) chart.getXAxis();
                    double plotWidth = time.getWidth();
                    double plotHeight = chart.getYAxis().getHeight();
                    Bounds bounds = label.getBoundsInParent();
                    assertThat(bounds.getMinX()).isGreaterThanOrEqualTo(0);
                    assertThat(bounds.getMaxX()).isLessThanOrEqualTo(plotWidth);
                    assertThat(bounds.getMinY()).isGreaterThanOrEqualTo(0);
                    assertThat(bounds.getMaxY()).as("at the top").isLessThan(plotHeight / 2);
                    Line line = (Line) chart.lookup(".event-marker-line");
                    assertThat(line.getStartX()).as("at the kill's time")
                            .isCloseTo(time.getDisplayPosition((T0 + 20_000) / 1000.0), within(1.0));
                    assertThat(line.getEndY() - line.getStartY()).as("across the plot").isEqualTo(plotHeight);
                }
            }
        });
    }

    @Test
    void markersScrollOutWithTheirTimeAndComeBackWithALongerSpan() {
        UiTestSupport.onFx(() -> {
            view.model().markers().nodeEvents(List.of(NodeEvents.kill(T0 + 10_000, NodeId.broker(2))));
            view.model().samples().addAll(twoBrokers(0, 100));
            assertThat(view.root().lookupAll(".event-marker-label")).hasSize(4);

            view.model().samples().addAll(twoBrokers(101, 200));
            layout();
            assertThat(view.root().lookupAll(".event-marker-label")).as("older than the last 2 minutes").isEmpty();

            fire("#charts-span-5");
            layout();
            assertThat(view.root().lookupAll(".event-marker-label")).extracting(n -> ((Labeled) n).getText())
                    .hasSize(4).containsOnly("broker-2 killed");
        });
    }

    @Test
    void labelsOfEventsSecondsApartAreStackedNotDrawnOverOneAnother() {
        UiTestSupport.onFx(() -> {
            view.model().samples().addAll(twoBrokers(0, 100));
            view.model().markers().nodeEvents(List.of(NodeEvents.kill(T0 + 90_000, NodeId.broker(2)),
                    NodeEvents.change(T0 + 92_000, NodeId.broker(2), NodeState.STARTING, NodeState.RUNNING, null)));
            view.model().samples().addAll(twoBrokers(101, 101));
            layout();
            for (XYChart<Number, Number> chart : charts()) {
                List<Label> labels = labelsOf(chart);
                assertThat(labels).extracting(Labeled::getText).containsExactly("broker-2 killed", "broker-2 started");
                assertThat(labels).allMatch(Node::isVisible);
                assertThat(labels.get(0).getBoundsInParent().intersects(labels.get(1).getBoundsInParent()))
                        .as("one below the other").isFalse();
                assertThat(labels.get(1).getStyleClass()).contains("success");
            }
        });
    }

    @Test
    void aCombinedLabelTooWideForAProjectorsTextIsOnePartPerLineWithinThePlot() {
        UiTestSupport.onFx(() -> {
            view.model().samples().addAll(twoBrokers(0, 100));
            view.model().markers().nodeEvents(List.of(NodeEvents.kill(T0 + 95_000, NodeId.broker(3))));
            view.model().markers().clusterEvents(List.of(new ClusterEvent(Instant.ofEpochMilli(T0 + 95_400),
                    EventType.CONTROLLER_CHANGED, null, null, 1, 3, null, null, null, null, null, null, null, null)));
            view.model().samples().addAll(twoBrokers(101, 101));
            for (boolean projector : List.of(false, true)) {
                view.root().setStyle("-fx-font-size: " + (projector ? 28 : 12) + "px;");
                layout();
                XYChart<Number, Number> chart = charts().get(0);
                Label label = labelsOf(chart).get(0);
                assertThat(label.getText()).isEqualTo(projector ? "broker-3 killed\nbroker-1 now controller"
                        : "broker-3 killed · broker-1 now controller");
                assertThat(((Text) label.lookup(".text")).getText()).as("not cut").isEqualTo(label.getText());
                assertThat(label.getBoundsInParent().getMinX()).isGreaterThanOrEqualTo(0);
                assertThat(label.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(chart.getXAxis().getWidth());
            }
        });
    }

    @Test
    void withMoreEventsThanRoomEveryLineIsNamedByItsLabelOrAChipAndEveryChartNamesTheSameOnes() {
        UiTestSupport.onFx(() -> {
            view.model().samples().addAll(twoBrokers(0, 100));
            List<NodeEvent> events = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                events.add(i % 2 == 0 ? NodeEvents.kill(T0 + 40_000 + i * 4_000L, NodeId.broker(1 + i / 2))
                        : NodeEvents.change(T0 + 40_000 + i * 4_000L, NodeId.broker(1 + i / 2), NodeState.STARTING,
                                NodeState.RUNNING, null));
            }
            view.model().markers().nodeEvents(events);
            view.model().samples().addAll(twoBrokers(101, 101));
            // a shorter plot, as a legend of two rows makes it: it must not name fewer events
            charts().get(0).setStyle("-fx-padding: 0 0 120 0;");
            for (int size : List.of(12, 20)) {
                view.root().setStyle("-fx-font-size: " + size + "px;");
                layout();
                // the charts laid out before the narrowest plot changed are laid out again, at the next pulse
                layout();
                assertThat(charts().get(0).getYAxis().getHeight()).as("shorter")
                        .isLessThan(charts().get(1).getYAxis().getHeight() - 100);
                List<List<String>> namedByChart = new ArrayList<>();
                for (XYChart<Number, Number> chart : charts()) {
                    List<Label> labels = labelsOf(chart);
                    List<Line> lines = chart.lookupAll(".event-marker-line").stream().map(n -> (Line) n).toList();
                    List<Label> chips = chart.lookupAll(".event-marker-chip").stream().map(n -> (Label) n)
                            .filter(Node::isVisible).toList();
                    assertThat(lines).hasSize(10);
                    assertThat(chips).as("more events than room").isNotEmpty();
                    int unnamed = 0;
                    for (int i = 0; i < lines.size(); i++) {
                        if (labels.get(i).isVisible()) {
                            continue;
                        }
                        unnamed++;
                        String event = labels.get(i).getText();
                        double x = lines.get(i).getStartX();
                        assertThat(chips).as("a chip names %s, at its line", event).anyMatch(chip ->
                                chip.getTooltip().getText().contains(event)
                                        && chip.getBoundsInParent().getMinX() <= x
                                        && chip.getBoundsInParent().getMaxX() >= x - 2);
                    }
                    assertThat(chips.stream().mapToInt(c -> Integer.parseInt(c.getText().substring(1))).sum())
                            .as("each chip's +N counts its lines").isEqualTo(unnamed);
                    assertThat(unnamed).as("the newest are named").isLessThan(lines.size());
                    assertThat(labels.get(labels.size() - 1).isVisible()).isTrue();
                    for (Label label : labels) {
                        if (label.isVisible()) {
                            assertThat(label.getBoundsInParent().getMaxY()).as("above the chips")
                                    .isLessThan(chips.get(0).getBoundsInParent().getMinY());
                        }
                    }
                    namedByChart.add(labels.stream().filter(Node::isVisible).map(Labeled::getText).toList());
                }
                assertThat(namedByChart).as("the same events named on every chart at %d px", size)
                        .allMatch(named -> named.equals(namedByChart.get(0)));
            }
        });
    }

    @Test
    void aMarkerLineHasAWideHoverTargetWithItsTooltipAndItsLabelLetsTheDataShowThrough() {
        UiTestSupport.onFx(() -> {
            view.model().samples().addAll(twoBrokers(0, 30));
            view.model().markers().nodeEvents(List.of(NodeEvents.kill(T0 + 20_000, NodeId.broker(2))));
            view.model().samples().addAll(twoBrokers(31, 31));
            layout();
            for (XYChart<Number, Number> chart : charts()) {
                Line line = (Line) chart.lookup(".event-marker-line");
                Line target = (Line) chart.lookup(".event-marker-hover");
                assertThat(target.isMouseTransparent()).isFalse();
                assertThat(target.getStrokeWidth()).as("wider than the line").isGreaterThanOrEqualTo(8);
                assertThat(target.getStartX()).isEqualTo(line.getStartX());
                assertThat(target.getEndY()).isEqualTo(line.getEndY());
                // where Tooltip.install keeps a node's tooltip
                Tooltip tooltip = (Tooltip) target.getProperties().get("javafx.scene.control.Tooltip");
                assertThat(tooltip.getText()).isEqualTo(labelsOf(chart).get(0).getTooltip().getText())
                        .contains("broker-2");
                Color background = (Color) labelsOf(chart).get(0).getBackground().getFills().get(0).getFill();
                assertThat(background.getOpacity()).as("translucent").isBetween(0.6, 0.9);
            }
        });
    }

    @Test
    void theByteChartsHaveATotalLineAsMessagesInDoes() {
        UiTestSupport.onFx(() -> {
            view.model().samples().addAll(twoBrokers(0, 2));
            assertThat(series(1, "total").getName()).isEqualTo("total  3 KB/s");
            assertThat(series(2, "total").getName()).isEqualTo("total  6 KB/s");
            assertThat(stroke(1, "total")).isEqualTo(stroke(0, "total"));
        });
    }

    @Test
    void brokersPastTheSixthAreDashedInTheirLineAndTheirLegendAndNoneTakesTheTotalsColour() {
        UiTestSupport.onFx(() -> {
            List<ChartsViewModel.Sample> tick = new ArrayList<>();
            for (int s = 0; s <= 2; s++) {
                for (int broker = 1; broker <= 9; broker++) {
                    tick.add(new ChartsViewModel.Sample(T0 + s * 1000L, broker, 100 * broker, 1000, 1000, 1, false));
                }
                tick.add(new ChartsViewModel.Sample(T0 + s * 1000L, ChartsViewModel.CLUSTER, 4500, 9000, 9000,
                        Double.NaN, false));
            }
            view.model().samples().addAll(tick);
            for (boolean dark : List.of(false, true)) {
                theme(dark);
                for (int chart : List.of(0, 3)) {
                    assertThat(stroke(chart, "broker-7")).as("broker-1's colour").isEqualTo(stroke(chart, "broker-1"));
                    assertThat(dashes(chart, "broker-7")).as("dashed").isNotEmpty();
                    assertThat(dashes(chart, "broker-1")).isEmpty();
                    assertThat(stroke(chart, "broker-8")).isEqualTo(stroke(chart, "broker-2"));
                    assertThat(symbolBroken(chart, "broker-7")).as("its legend symbol broken as its line").isTrue();
                    assertThat(symbolBroken(chart, "broker-1")).isFalse();
                }
                assertThat(List.of(stroke(0, "broker-8"), stroke(0, "broker-9"))).as("the 9th and 10th series")
                        .doesNotContain(stroke(0, "total"));
            }
        });
    }

    private void theme(boolean dark) {
        appRoot.pseudoClassStateChanged(PseudoClass.getPseudoClass("dark"), dark);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        layout();
    }

    private void layout() {
        appRoot.applyCss();
        appRoot.layout();
    }

    @SuppressWarnings("unchecked")
    private List<XYChart<Number, Number>> charts() {
        return view.root().lookupAll("#charts .chart").stream().map(c -> (XYChart<Number, Number>) c).toList();
    }

    private static List<Label> labelsOf(XYChart<Number, Number> chart) {
        return chart.lookupAll(".event-marker-label").stream().map(n -> (Label) n).toList();
    }

    /** A line's dashes, or an area's edge's. */
    private List<Double> dashes(int chart, String name) {
        Node node = series(chart, name).getNode();
        return node instanceof Group area ? ((Path) area.getChildren().get(1)).getStrokeDashArray()
                : ((Path) node).getStrokeDashArray();
    }

    /** Whether the series' legend symbol is drawn broken: a line's in dashes (a fill each), an area's edge dashed. */
    private boolean symbolBroken(int chart, String name) {
        Labeled item = (Labeled) charts().get(chart).lookupAll(".chart-legend-item").stream()
                .filter(n -> ((Labeled) n).getText().startsWith(name + " ")).findFirst().orElseThrow();
        Region symbol = (Region) item.getGraphic();
        Border edge = symbol.getBorder();
        return symbol.getBackground().getFills().size() > 1 || edge != null && !edge.getStrokes().isEmpty()
                && !edge.getStrokes().get(0).getTopStyle().getDashArray().isEmpty();
    }

    /** Brokers 1 and 2 each second from {@code from} to {@code to}, and their total; broker 2 with twice the bytes. */
    private static List<ChartsViewModel.Sample> twoBrokers(int from, int to) {
        List<ChartsViewModel.Sample> samples = new ArrayList<>();
        for (int s = from; s <= to; s++) {
            long at = T0 + s * 1000L;
            samples.add(new ChartsViewModel.Sample(at, 1, 100, 1000, 2000, 0, false));
            samples.add(new ChartsViewModel.Sample(at, 2, 100, 2000, 4000, 0, false));
            samples.add(new ChartsViewModel.Sample(at, ChartsViewModel.CLUSTER, 200, 3000, 6000, Double.NaN, false));
        }
        return samples;
    }

    /** The series of the chart at {@code index} (Messages in, Bytes in, Bytes out, Under-replicated) so named. */
    @SuppressWarnings("unchecked")
    private XYChart.Series<Number, Number> series(int index, String name) {
        XYChart<Number, Number> chart = (XYChart<Number, Number>) List.copyOf(view.root().lookupAll("#charts .chart"))
                .get(index);
        return chart.getData().stream().filter(s -> s.getName().startsWith(name + " ") || s.getName().equals(name))
                .findFirst().orElseThrow();
    }

    /** A line chart's line, or a stacked area's edge. */
    private Paint stroke(int chart, String name) {
        Node node = series(chart, name).getNode();
        return node instanceof Group area ? ((Path) area.getChildren().get(1)).getStroke() : ((Path) node).getStroke();
    }

    private static List<ChartsViewModel.Sample> seconds(int from, int to) {
        List<ChartsViewModel.Sample> samples = new ArrayList<>();
        for (int s = from; s <= to; s++) {
            samples.add(new ChartsViewModel.Sample(T0 + s * 1000L, 1, 100, 1000, 1000, 0, false));
        }
        return samples;
    }

    private void fire(String button) {
        ((ButtonBase) view.root().lookup(button)).fire();
    }

    private List<XYChart.Data<Number, Number>> messagesIn() {
        XYChart<?, ?> chart = (XYChart<?, ?>) view.root().lookup("#charts .chart");
        @SuppressWarnings("unchecked")
        XYChart.Series<Number, Number> broker1 = (XYChart.Series<Number, Number>) chart.getData().get(0);
        return broker1.getData();
    }

    private long shownSeconds() {
        List<XYChart.Data<Number, Number>> data = messagesIn();
        return Math.round(data.get(data.size() - 1).getXValue().doubleValue() - data.get(0).getXValue().doubleValue());
    }

    private long newestSecond() {
        List<XYChart.Data<Number, Number>> data = messagesIn();
        return Math.round(data.get(data.size() - 1).getXValue().doubleValue() - T0 / 1000.0);
    }
}
