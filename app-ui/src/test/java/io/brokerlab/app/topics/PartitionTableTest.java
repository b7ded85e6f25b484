package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.app.cluster.NodeActions;
import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.PartitionState;
import io.brokerlab.launcher.state.TopicState;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class PartitionTableTest {

    @TempDir
    Path temp;

    /** A view model on a running fake 1 ZooKeeper + 3 broker cluster, with the toolkit up for a table. */
    private TopicsViewModel modelOfThreeBrokers(String workspace) throws Exception {
        FxToolkit.registerPrimaryStage();
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve(workspace), 1, 3));
        cluster.up();
        TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run);
        UiTestSupport.onFx(() -> {
            model.attach(null, List.of(1, 2, 3));
            model.apply(cluster.snapshot());
        });
        return model;
    }

    @Test
    void theLeaderEpochCellFollowsTheSelectedTopicAndItsElections() throws Exception {
        TopicsViewModel model = modelOfThreeBrokers("ws");
        UiTestSupport.onFx(() -> {
            PartitionTable table = new PartitionTable(model);
            new Scene(table, 600, 300);
            // two topics laid out alike whose leaders were elected a different number of times
            model.apply(state(0, Map.of("a", 4, "b", 9)));
            model.selectedProperty().set("a");
            assertThat(epochCell(table)).isEqualTo("4");

            model.selectedProperty().set("b");
            assertThat(epochCell(table)).isEqualTo("9");

            // the same leader elected again: only the epoch differs
            model.apply(state(1, Map.of("a", 4, "b", 10)));
            assertThat(epochCell(table)).isEqualTo("10");
        });
    }

    @Test
    void theTableIsAsTallAsItsRowsUpToTenWithoutABlankStrip() throws Exception {
        TopicsViewModel model = modelOfThreeBrokers("ws-height");
        UiTestSupport.onFx(() -> {
            PartitionTable table = new PartitionTable(model);
            javafx.scene.layout.VBox box = aboveRoomToSpare(table, 700, 900);
            TreeMap<String, TopicState> topics = new TreeMap<>();
            topics.put("few", topic("few", 3));
            topics.put("many", topic("many", 40));
            model.apply(new ClusterState(ClusterState.Source.ZOOKEEPER, Instant.EPOCH, true, Optional.empty(),
                    new TreeMap<>(), OptionalInt.of(1), topics, List.of()));

            model.selectedProperty().set("few");
            double few = settle(box, table);
            double header = ((javafx.scene.layout.Region) table.lookup(".column-header-background")).getHeight();
            double row = ((javafx.scene.layout.Region) table.lookup(".table-row-cell")).getHeight();
            assertThat(few).as("header and three rows").isCloseTo(header + 3 * row, org.assertj.core.data.Offset.offset(4.0));

            model.selectedProperty().set("many");
            assertThat(settle(box, table)).as("ten rows, the rest scroll")
                    .isCloseTo(header + 10 * row, org.assertj.core.data.Offset.offset(4.0));
        });
    }

    @Test
    void aKilledLeaderIsMarkedDownAtOnceWhileKafkaStillNamesIt() throws Exception {
        FxToolkit.registerPrimaryStage();
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws-kill"), 1, 3));
        cluster.up();
        TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run);
        UiTestSupport.onFx(() -> {
            model.attach(null, List.of(1, 2, 3));
            model.apply(cluster.snapshot());
            PartitionTable table = new PartitionTable(model);
            withAppStyles(new Scene(table, 700, 300));
            model.apply(state(0, Map.of("demo", 1)));
            TableCell<?, ?> leader = cell(table, "partitions-leader");
            assertThat(leader.getText()).isEqualTo("broker-1");
            assertThat(leader.getStyleClass()).doesNotContain(PartitionTable.BROKER_DOWN);

            // the state is unchanged (ZooKeeper has not ended the session yet): only the launcher knows
            cluster.kill(io.brokerlab.launcher.config.NodeId.broker(1));
            model.apply(cluster.snapshot());
            leader = cell(table, "partitions-leader");
            assertThat(leader.getText()).isEqualTo("broker-1 (down)");
            assertThat(leader.getStyleClass()).contains(PartitionTable.BROKER_DOWN);
            assertThat(leader.getTooltip().getText()).contains("zookeeper.session.timeout.ms");
            assertThat(cell(table, "partitions-isr").getText()).isEqualTo("1, 2, 3 (broker-1 down)");

            // the failover demo's moment to read: a narrow table widens those columns or scrolls, never cuts them
            table.resize(360, 300);
            for (int pass = 0; pass < 3; pass++) {
                table.applyCss();
                table.layout();
            }
            for (String column : List.of("partitions-leader", "partitions-isr")) {
                TableCell<?, ?> marked = cell(table, column);
                javafx.scene.text.Text shown = (javafx.scene.text.Text) marked.lookup(".text");
                assertThat(shown.getText()).as(column + ", not cut").isEqualTo(marked.getText());
            }
        });
    }

    @Test
    void anIsrBelowTheTopicsMinInsyncReplicasIsMarkedAndExplainedUntilItGrowsBack() throws Exception {
        TopicsViewModel model = modelOfThreeBrokers("ws-min-isr");
        UiTestSupport.onFx(() -> {
            PartitionTable table = new PartitionTable(model);
            withAppStyles(new Scene(table, 700, 300));
            model.apply(isrState(0, List.of(1, 2)));
            assertThat(cell(table, "partitions-isr").getStyleClass()).doesNotContain(PartitionTable.BELOW_MIN_ISR);
            assertThat(cell(table, "partitions-isr").getTooltip()).isNull();

            model.apply(isrState(1, List.of(1)));
            TableCell<?, ?> isr = cell(table, "partitions-isr");
            assertThat(isr.getStyleClass()).contains(PartitionTable.BELOW_MIN_ISR)
                    .doesNotContain(PartitionTable.BROKER_DOWN);
            assertThat(isr.getTooltip().getText()).startsWith("1 in sync, fewer than min.insync.replicas=2: producers"
                    + " with acks=all are refused");

            model.apply(isrState(2, List.of(1, 3)));
            assertThat(cell(table, "partitions-isr").getStyleClass()).doesNotContain(PartitionTable.BELOW_MIN_ISR);
        });
    }

    /** demo-0 on brokers 1-3, led by broker 1, with its own min.insync.replicas=2 and the given ISR. */
    private static ClusterState isrState(int second, List<Integer> isr) {
        TopicState demo = new TopicState("demo", new TreeMap<>(Map.of(0,
                new PartitionState("demo", 0, List.of(1, 2, 3), 1, isr, 0, 1))), OptionalInt.of(2));
        return new ClusterState(ClusterState.Source.ZOOKEEPER, Instant.EPOCH.plusSeconds(second), true, Optional.empty(),
                new TreeMap<>(), OptionalInt.of(1), new TreeMap<>(Map.of("demo", demo)), List.of());
    }

    @Test
    void atALargeFontNoHeaderIsCutAndTheMapLeavesTheTableItsRows() throws Exception {
        TopicsViewModel model = modelOfThreeBrokers("ws-font");
        UiTestSupport.onFx(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark()
                    .getUserAgentStylesheet());
            try {
                PartitionTable table = new PartitionTable(model);
                ReplicaMap map = new ReplicaMap(model, NodeActions.NONE);
                javafx.scene.layout.VBox.setVgrow(map, javafx.scene.layout.Priority.ALWAYS);
                javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(12, table, map);
                // three steps up from 14 px, in the right pane of a 1400 x 900 window
                box.setStyle("-fx-font-size: 17px;");
                withAppStyles(new Scene(box, 700, 380));
                TreeMap<String, TopicState> topics = new TreeMap<>(Map.of("demo", topic("demo", 3)));
                model.apply(new ClusterState(ClusterState.Source.ZOOKEEPER, Instant.EPOCH, true, Optional.empty(),
                        new TreeMap<>(), OptionalInt.of(1), topics, List.of()));
                settle(box, table);
                for (javafx.scene.Node node : table.lookupAll(".column-header .label")) {
                    javafx.scene.control.Labeled header = (javafx.scene.control.Labeled) node;
                    javafx.scene.text.Text shown = (javafx.scene.text.Text) header.lookup(".text");
                    if (header.getText() != null && !header.getText().isEmpty()) {
                        assertThat(shown.getText()).as("header, not cut").isEqualTo(header.getText());
                    }
                }
                double header = ((javafx.scene.layout.Region) table.lookup(".column-header-background")).getHeight();
                double row = ((javafx.scene.layout.Region) table.lookup(".table-row-cell")).getHeight();
                assertThat(table.getHeight()).as("all three partitions").isGreaterThanOrEqualTo(header + 3 * row);
            } finally {
                javafx.application.Application.setUserAgentStylesheet(null);
            }
        });
    }

    /** Columns wider than a narrow pane scroll sideways; the bar that brings goes below the last row, not over it. */
    @Test
    void theSidewaysScrollBarOfANarrowTableLeavesTheLastRowWhole() throws Exception {
        TopicsViewModel model = modelOfThreeBrokers("ws-narrow");
        UiTestSupport.onFx(() -> {
            PartitionTable table = new PartitionTable(model);
            javafx.scene.layout.VBox box = aboveRoomToSpare(table, 220, 600);
            box.setStyle("-fx-font-size: 17px;");
            model.apply(new ClusterState(ClusterState.Source.ZOOKEEPER, Instant.EPOCH, true, Optional.empty(),
                    new TreeMap<>(), OptionalInt.of(1), new TreeMap<>(Map.of("demo", topic("demo", 3))), List.of()));
            settle(box, table);

            javafx.scene.control.ScrollBar bar = table.lookupAll(".scroll-bar").stream()
                    .map(javafx.scene.control.ScrollBar.class::cast)
                    .filter(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL).findFirst().orElseThrow();
            assertThat(bar.isVisible()).as("the columns scroll sideways").isTrue();
            javafx.scene.control.IndexedCell<?> last = table.lookupAll(".table-row-cell").stream()
                    .map(n -> (javafx.scene.control.IndexedCell<?>) n).filter(c -> c.getIndex() == 2).findFirst()
                    .orElseThrow();
            double lastBottom = table.sceneToLocal(last.localToScene(last.getLayoutBounds())).getMaxY();
            double barTop = table.sceneToLocal(bar.localToScene(bar.getLayoutBounds())).getMinY();
            assertThat(lastBottom).as("the third partition's row ends above the bar").isLessThanOrEqualTo(barTop + 0.5);
        });
    }

    /** {@code table} at the top of a scene with room to spare below it, which it takes only as its rows ask. */
    private static javafx.scene.layout.VBox aboveRoomToSpare(PartitionTable table, double width, double height) {
        javafx.scene.layout.Region below = new javafx.scene.layout.Region();
        javafx.scene.layout.VBox.setVgrow(below, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(table, below);
        withAppStyles(new Scene(box, width, height));
        return box;
    }

    /** The app's own stylesheet, which gives the table its row height. */
    private static Scene withAppStyles(Scene scene) {
        scene.getStylesheets().add(io.brokerlab.app.MainWindow.class.getResource("app.css").toExternalForm());
        return scene;
    }

    private static TableCell<?, ?> cell(PartitionTable table, String column) {
        table.applyCss();
        table.layout();
        return table.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getIndex() == 0 && column.equals(c.getTableColumn().getId())).findFirst().orElseThrow();
    }

    private static double settle(javafx.scene.Parent root, PartitionTable table) {
        for (int pass = 0; pass < 3; pass++) {
            root.applyCss();
            root.layout();
        }
        return table.getHeight();
    }

    private static TopicState topic(String name, int partitions) {
        TreeMap<Integer, PartitionState> all = new TreeMap<>();
        for (int p = 0; p < partitions; p++) {
            all.put(p, new PartitionState(name, p, List.of(1, 2, 3), 1, List.of(1, 2, 3), 0, 1));
        }
        return new TopicState(name, all);
    }

    /** Partition 0 of each topic on brokers 1-3, led by broker 1, with the given leader epoch. */
    private static ClusterState state(int second, Map<String, Integer> epochs) {
        TreeMap<String, TopicState> topics = new TreeMap<>();
        epochs.forEach((name, epoch) -> topics.put(name, new TopicState(name, new TreeMap<>(Map.of(0,
                new PartitionState(name, 0, List.of(1, 2, 3), 1, List.of(1, 2, 3), epoch, 1))))));
        return new ClusterState(ClusterState.Source.ZOOKEEPER, Instant.EPOCH.plusSeconds(second), true, Optional.empty(),
                new TreeMap<>(), OptionalInt.of(1), topics, List.of());
    }

    private static String epochCell(PartitionTable table) {
        table.applyCss();
        table.layout();
        return table.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getIndex() == 0 && "partitions-epoch".equals(c.getTableColumn().getId()))
                .map(TableCell::getText).findFirst().orElseThrow();
    }
}
