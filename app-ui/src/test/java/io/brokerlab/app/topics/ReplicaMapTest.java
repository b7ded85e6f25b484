package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.app.cluster.NodeActions;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ReplicaMapTest {

    @TempDir
    Path temp;

    @Test
    void aLeaderChangeRestylesTheCellsInPlaceAndANewPartitionAddsARow() throws Exception {
        FxToolkit.registerPrimaryStage();
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 3));
        cluster.up();
        UiTestSupport.onFx(() -> {
            TopicsViewModel model = ordersOnThreeBrokers(cluster);
            ReplicaMap map = new ReplicaMap(model, NodeActions.NONE);
            new Scene(map, 600, 300);
            layout(map);
            Label oldLeader = cell(map, 0, 1);
            Label newLeader = cell(map, 0, 2);
            Node icon = newLeader.getGraphic();
            List<ReplicaState> untouched = map.getItems().get(1).statesProperty().get();
            assertThat(oldLeader.getStyleClass()).contains("replica-cell", "replica-leader");

            model.apply(List.of(topic(new PartitionInfo(0, 2, List.of(1, 2, 3), List.of(2, 3)),
                    new PartitionInfo(1, 3, List.of(3, 1, 2), List.of(3, 1, 2)))));
            layout(map);

            assertThat(map.getItems().get(1).statesProperty().get()).as("a row whose replicas did not change is not told")
                    .isSameAs(untouched);
            assertThat(cell(map, 0, 2)).as("the same cell, restyled").isSameAs(newLeader);
            assertThat(newLeader.getStyleClass()).contains("replica-cell", "replica-leader").doesNotContain("replica-insync");
            assertThat(oldLeader.getStyleClass()).contains("replica-cell", "replica-outofsync").doesNotContain("replica-leader");
            assertThat(newLeader.getGraphic()).as("the icon node is kept, its glyph changed").isSameAs(icon);
            assertThat(((org.kordamp.ikonli.javafx.FontIcon) icon).getIconCode()).isEqualTo(org.kordamp.ikonli.feather.Feather.STAR);
            assertThat(newLeader.getTooltip().getText()).isEqualTo("partition 0 on broker-2: " + ReplicaState.LEADER.label());

            // a broker going down restyles its column without any partition metadata changing
            cluster.kill(io.brokerlab.launcher.config.NodeId.broker(3));
            model.apply(cluster.snapshot());
            layout(map);
            assertThat(cell(map, 1, 3).getStyleClass()).contains("replica-offline");

            model.apply(List.of(topic(new PartitionInfo(0, 2, List.of(1, 2, 3), List.of(2, 3)),
                    new PartitionInfo(1, 3, List.of(3, 1, 2), List.of(3, 1, 2)),
                    new PartitionInfo(2, 1, List.of(1, 2, 3), List.of(1, 2)))));
            layout(map);
            assertThat(map.getItems()).as("a row more").hasSize(3);
            assertThat(cell(map, 2, 1).getStyleClass()).contains("replica-leader");
            assertThat(cell(map, 2, 3).getStyleClass()).contains("replica-offline");
        });
    }

    @Test
    void thePartitionNumberIsCentredInItsRow() throws Exception {
        FxToolkit.registerPrimaryStage();
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws-centre"), 1, 3));
        cluster.up();
        UiTestSupport.onFx(() -> {
            // the app's theme, whose table cells align on the baseline
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark()
                    .getUserAgentStylesheet());
            try {
                TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run);
                model.attach(null, List.of(1, 2, 3));
                model.apply(cluster.snapshot());
                model.apply(List.of(topic(new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3)))));
                ReplicaMap map = new ReplicaMap(model, NodeActions.NONE);
                Scene scene = new Scene(map, 600, 300);
                // the app's own rules make the replica labels taller than a line of text
                scene.getStylesheets().add(ReplicaMap.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
                layout(map);
                javafx.scene.control.TableCell<?, ?> number = map.lookupAll(".table-cell").stream()
                        .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                        .filter(c -> c.getIndex() == 0 && "0".equals(c.getText())).findFirst().orElseThrow();
                Node text = number.lookup(".text");
                double textMiddle = number.localToScene(0, 0).getY() + text.getBoundsInParent().getCenterY();
                Label replica = cell(map, 0, 1);
                double replicaMiddle = replica.localToScene(0, 0).getY() + replica.getHeight() / 2;
                // the theme's baseline alignment puts the number at the top of a row as tall as the replica labels
                // (as on screen at 14 px with the icons; this headless layout happens to measure it level)
                assertThat(number.getAlignment().getVpos()).isEqualTo(javafx.geometry.VPos.CENTER);
                assertThat(textMiddle).as("level with the replica labels")
                        .isCloseTo(replicaMiddle, org.assertj.core.data.Offset.offset(2.0));
            } finally {
                javafx.application.Application.setUserAgentStylesheet(null);
            }
        });
    }

    /** A replica's menu without a mouse: the arrow keys pick the replica, Enter or Shift+F10 open its menu. */
    @Test
    void theArrowKeysPickAReplicaAndEnterOrShiftF10OpenItsMenu() throws Exception {
        FxToolkit.registerPrimaryStage();
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws-keys"), 1, 3));
        cluster.up();
        List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
        NodeActions killable = new NodeActions() {
            @Override
            public List<io.brokerlab.app.cluster.ClusterViewModel.Action> offered(
                    io.brokerlab.launcher.config.NodeId node, List<io.brokerlab.app.cluster.ClusterViewModel.Action> menu) {
                return List.of(io.brokerlab.app.cluster.ClusterViewModel.Action.KILL);
            }

            @Override
            public void run(io.brokerlab.app.cluster.ClusterViewModel.Action action,
                    io.brokerlab.launcher.config.NodeId node) {
                ran.add(action + " " + node);
            }
        };
        javafx.stage.Stage stage = FxToolkit.setupStage(s -> { });
        java.util.concurrent.atomic.AtomicReference<TopicsViewModel> shown = new java.util.concurrent.atomic.AtomicReference<>();
        UiTestSupport.onFx(() -> {
            TopicsViewModel model = ordersOnThreeBrokers(cluster);
            shown.set(model);
            model.selectedProperty().set("orders");
            ReplicaMap map = new ReplicaMap(model, killable);
            stage.setScene(new Scene(map, 600, 300));
            stage.show();
            map.requestFocus();
        });
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
        try {
            robot.type(javafx.scene.input.KeyCode.RIGHT, javafx.scene.input.KeyCode.ENTER);
            assertThat(menuShown()).as("the menu of partition 0's replica on broker-2, the first broker's right")
                    .containsExactly("orders-0 on broker-2: in sync", null, "Make broker-2 the preferred leader of orders-0",
                            null, "Kill broker-2");
            // a failover redraws the map's rows under the open menu: it stays open for the user to pick from
            UiTestSupport.onFx(() -> {
                shown.get().apply(List.of(topic(
                        new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2)),
                        new PartitionInfo(1, 3, List.of(3, 1, 2), List.of(3, 1, 2)))));
                // as the topic list re-selects its row on every state: the same topic, by a new String
                shown.get().selectedProperty().set(new String("orders"));
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            UiTestSupport.onFx(() -> assertThat(javafx.stage.Window.getWindows().stream()
                    .anyMatch(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()))
                    .as("the menu still open after the rows were redrawn").isTrue());
            // the menu opens on its title, not on an action: a second Enter (a key held a moment too long) runs
            // nothing, and the arrow keys then pick the actions
            robot.type(javafx.scene.input.KeyCode.ENTER);
            UiTestSupport.onFx(() -> { });
            assertThat(ran).as("what a second Enter ran").isEmpty();
            assertThat(menuShown()).as("still open, waiting for a pick").hasSize(5);
            robot.type(javafx.scene.input.KeyCode.UP, javafx.scene.input.KeyCode.ENTER);
            UiTestSupport.waitFor(10, "the kill run", () -> !ran.isEmpty());
            assertThat(ran).as("Up from the title: the last action").containsExactly("KILL broker-2");
            ran.clear();
            robot.type(javafx.scene.input.KeyCode.ENTER);
            menuShown();
            robot.type(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.DOWN,
                    javafx.scene.input.KeyCode.ENTER);
            UiTestSupport.waitFor(10, "the kill run", () -> !ran.isEmpty());
            assertThat(ran).as("Down from the title: the first action, then the next").containsExactly("KILL broker-2");

            robot.type(javafx.scene.input.KeyCode.DOWN);
            robot.press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.F10)
                    .release(javafx.scene.input.KeyCode.SHIFT);
            assertThat(menuShown()).containsExactly("orders-1 on broker-2: in sync", null,
                    "Make broker-2 the preferred leader of orders-1", null, "Kill broker-2");

            // the partition number labels its row: the keyboard stops at the first broker
            robot.type(javafx.scene.input.KeyCode.ESCAPE, javafx.scene.input.KeyCode.LEFT,
                    javafx.scene.input.KeyCode.LEFT, javafx.scene.input.KeyCode.LEFT, javafx.scene.input.KeyCode.ENTER);
            assertThat(menuShown()).containsExactly("orders-1 on broker-1: in sync", null,
                    "Make broker-1 the preferred leader of orders-1", null, "Kill broker-1");
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
        } finally {
            UiTestSupport.onFx(stage::hide);
        }
    }

    /** The texts of the context menu on screen (its title's too), separators as null; waits for it briefly. */
    private static List<String> menuShown() {
        java.util.concurrent.atomic.AtomicReference<List<String>> texts = new java.util.concurrent.atomic.AtomicReference<>();
        // the condition runs on the FX thread
        UiTestSupport.waitFor(10, "a replica's menu", () -> {
            javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                    .map(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream()
                            .map(item -> item instanceof javafx.scene.control.CustomMenuItem custom
                                    && custom.getContent() instanceof javafx.scene.control.Label title
                                    ? title.getText() : item.getText())
                            .toList())
                    .findFirst().ifPresent(texts::set);
            return texts.get() != null;
        });
        return texts.get();
    }

    private static void layout(ReplicaMap map) {
        map.applyCss();
        map.layout();
    }

    /** Not an assertion (machines differ): the figure that decides whether the map must be virtualized. */
    @Test
    void timesAThousandPartitionMap() throws Exception {
        FxToolkit.registerPrimaryStage();
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws-big"), 1, 3));
        cluster.up();
        List<PartitionInfo> partitions = new java.util.ArrayList<>();
        for (int p = 0; p < 1000; p++) {
            int leader = 1 + p % 3;
            partitions.add(new PartitionInfo(p, leader, List.of(leader, 1 + (p + 1) % 3, 1 + (p + 2) % 3),
                    List.of(leader, 1 + (p + 1) % 3)));
        }
        UiTestSupport.onFx(() -> {
            TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run);
            model.attach(null, List.of(1, 2, 3));
            model.apply(cluster.snapshot());
            ReplicaMap pane = new ReplicaMap(model, NodeActions.NONE);
            new Scene(pane, 600, 400);
            for (int round = 0; round < 3; round++) {
                model.apply(List.of(new TopicInfo("warm" + round, false, partitions.subList(0, 50), List.of())));
                model.selectedProperty().set("warm" + round);
                pane.applyCss();
                pane.layout();
            }
            long start = System.nanoTime();
            model.apply(List.of(new TopicInfo("big", false, partitions, List.of())));
            model.selectedProperty().set("big");
            pane.applyCss();
            pane.layout();
            long built = System.nanoTime() - start;
            assertThat(pane.getItems()).hasSize(1000);
            assertThat(pane.lookup("#replica-0-1")).isNotNull();
            // a leader change of one partition, as the state watcher brings it
            List<PartitionInfo> moved = new java.util.ArrayList<>(partitions);
            PartitionInfo first = partitions.get(0);
            moved.set(0, new PartitionInfo(0, first.replicas().get(1), first.replicas(), first.isr().subList(1, 2)));
            start = System.nanoTime();
            model.apply(List.of(new TopicInfo("big", false, moved, List.of())));
            pane.applyCss();
            pane.layout();
            long changed = System.nanoTime() - start;
            System.out.printf("ReplicaMap: 1,000 partitions x 3 brokers built, styled and laid out in %.1f ms;"
                    + " a leader change redrawn in %.1f ms%n", built / 1e6, changed / 1e6);
        });
    }

    /** Two partitions of "orders", all replicas in sync, led by broker-1 and broker-3. */
    private static TopicsViewModel ordersOnThreeBrokers(FakeCluster cluster) {
        TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run);
        model.attach(null, List.of(1, 2, 3));
        model.apply(cluster.snapshot());
        model.apply(List.of(topic(new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3)),
                new PartitionInfo(1, 3, List.of(3, 1, 2), List.of(3, 1, 2)))));
        return model;
    }

    private static TopicInfo topic(PartitionInfo... partitions) {
        return new TopicInfo("orders", false, List.of(partitions), List.of());
    }

    private static Label cell(ReplicaMap map, int partition, int broker) {
        Node node = map.lookup("#replica-" + partition + "-" + broker);
        assertThat(node).isInstanceOf(Label.class);
        return (Label) node;
    }
}
