package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.app.Session;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.app.cluster.NodeActions;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicConfigEntry;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.testing.TestClusters;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

class TopicsViewTest {

    @TempDir
    Path temp;

    private final List<TopicInfo> topics = new CopyOnWriteArrayList<>();
    private final Map<String, String> cleanupPolicies = new ConcurrentHashMap<>();
    /** Any call the view makes of the cluster, answered from the fields above; blocking, as the real one is. */
    private final TopicSource source = (TopicSource) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {TopicSource.class}, (proxy, method, args) -> switch (method.getName()) {
                case "describeAll" -> List.copyOf(topics);
                case "describe" -> new TopicInfo((String) args[0], false, List.of(), List.of(new TopicConfigEntry(
                        "cleanup.policy", cleanupPolicies.getOrDefault((String) args[0], "delete"), false,
                        "DYNAMIC_TOPIC_CONFIG")));
                case "delete" -> {
                    topics.removeIf(t -> t.name().equals(args[0]));
                    yield null;
                }
                case "brokerConfig" -> Optional.empty();
                case "endOffsets" -> Map.of();
                default -> null;
            });
    private Session session;

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            UiTestSupport.onFx(session::close);
        }
        FxToolkit.cleanupStages();
    }

    /** New topic… says before Create that without a ZooKeeper quorum it would only wait and time out. */
    @Test
    void aCreateWithoutAZooKeeperQuorumIsToldItWouldWait() {
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws-quorum"), 3, 1));
        cluster.up();
        assertThat(TopicsView.quorumLost(cluster.snapshot())).isEmpty();
        cluster.set(io.brokerlab.launcher.config.NodeId.zookeeper(1), io.brokerlab.launcher.cluster.NodeState.STOPPED,
                false);
        assertThat(TopicsView.quorumLost(cluster.snapshot())).as("two of three: a majority").isEmpty();
        cluster.set(io.brokerlab.launcher.config.NodeId.zookeeper(2), io.brokerlab.launcher.cluster.NodeState.STOPPED,
                false);
        assertThat(TopicsView.quorumLost(cluster.snapshot())).startsWith("No ZooKeeper quorum (1 of 3 serving)")
                .endsWith("Create would wait, then time out.");
        cluster.down();
        assertThat(TopicsView.quorumLost(cluster.snapshot())).as("nothing runs").isEmpty();
        // Start all: the ZooKeepers first, no broker yet; a quorum forming is no loss
        cluster.set(io.brokerlab.launcher.config.NodeId.zookeeper(1), io.brokerlab.launcher.cluster.NodeState.RUNNING,
                false);
        cluster.set(io.brokerlab.launcher.config.NodeId.zookeeper(2), io.brokerlab.launcher.cluster.NodeState.STARTING,
                false);
        assertThat(TopicsView.quorumLost(cluster.snapshot())).as("the ZooKeepers starting").isEmpty();
        // the end of Stop all: the brokers stopped, the last ZooKeepers stopping
        cluster.set(io.brokerlab.launcher.config.NodeId.zookeeper(2), io.brokerlab.launcher.cluster.NodeState.STOPPING,
                false);
        assertThat(TopicsView.quorumLost(cluster.snapshot())).as("the ZooKeepers stopping").isEmpty();
        // one ZooKeeper of three left running, settled, with no broker: still a loss
        cluster.set(io.brokerlab.launcher.config.NodeId.zookeeper(2), io.brokerlab.launcher.cluster.NodeState.STOPPED,
                false);
        assertThat(TopicsView.quorumLost(cluster.snapshot())).startsWith("No ZooKeeper quorum (");
        assertThat(TopicsView.quorumLost(null)).as("an external cluster").isEmpty();
    }

    @Test
    void aCompactedTopicIsTaggedInTheListAndBesideItsName() throws Exception {
        TopicsView view = shownWith(Map.of("users", "compact", "sessions", "compact,delete"), "orders", "sessions",
                "users");

        UiTestSupport.waitFor(10, "the tags of the compacted topics", () -> tags(view).equals(Map.of("orders", false,
                "sessions", true, "users", true)));
        UiTestSupport.onFx(() -> {
            TopicNameCell users = nameCell(view, "users");
            assertThat(users.getGraphic().lookupAll(".label")).extracting(n -> ((Label) n).getText())
                    .containsExactly("users", "compacted");
            assertThat(users.getTooltip().getText()).startsWith("cleanup.policy=compact: Kafka keeps at least the"
                    + " latest message of each key").doesNotContain("retention.ms");
            assertThat(nameCell(view, "sessions").getTooltip().getText()).startsWith("cleanup.policy=compact,delete:")
                    .contains("older than retention.ms are also deleted");
            assertThat(nameCell(view, "orders").getTooltip()).isNull();

            Node tag = view.root().lookup("#topic-compacted");
            assertThat(view.model().selectedProperty().get()).isEqualTo("orders");
            assertThat(tag.isVisible()).isFalse();
            assertThat(tag.isManaged()).as("no gap beside the name").isFalse();
            view.model().selectedProperty().set("users");
            assertThat(tag.isVisible()).isTrue();
            assertThat(((Label) tag).getTooltip().getText()).startsWith("cleanup.policy=compact:");
        });
    }

    @Test
    void aDeletedTopicIsSaidOverTheListNotUnderTheTopicShownNext() throws Exception {
        TopicsView view = shownWith(Map.of(), "alpha", "orders");
        UiTestSupport.waitFor(10, "alpha shown", () -> "alpha".equals(view.model().selectedProperty().get()));
        AtomicReference<double[]> before = new AtomicReference<>();
        UiTestSupport.onFx(() -> before.set(filterAndListTops(view)));

        UiTestSupport.onFx(() -> view.model().delete("alpha"));
        UiTestSupport.waitFor(10, "the notice", () -> ((Label) view.root().lookup("#topics-notice")).getText()
                .equals("Deleted alpha"));
        UiTestSupport.onFx(() -> {
            view.root().applyCss();
            ((javafx.scene.Parent) view.root()).layout();
            assertThat(filterAndListTops(view)).as("the filter and the list stay under the pointer")
                    .containsExactly(before.get());
            Node notice = view.root().lookup("#topics-notice");
            Node table = view.root().lookup("#topics-table");
            assertThat(notice.localToScene(notice.getLayoutBounds()).getMaxY()).as("over the list's foot")
                    .isEqualTo(table.localToScene(table.getLayoutBounds()).getMaxY());
            Node headers = table.lookup(".column-header-background");
            assertThat(notice.localToScene(notice.getLayoutBounds()).getMinY()).as("the column headers left in view")
                    .isGreaterThan(headers.localToScene(headers.getLayoutBounds()).getMaxY());
            assertThat(notice.isMouseTransparent()).as("a click goes through to the row").isTrue();
        });
        UiTestSupport.onFx(() -> view.model().refresh());
        UiTestSupport.waitFor(10, "the next topic shown", () -> view.model().detailProperty().get() != null
                && view.model().detailProperty().get().name().equals("orders"));
        UiTestSupport.onFx(() -> {
            Label notice = (Label) view.root().lookup("#topics-notice");
            assertThat(notice.isVisible()).isTrue();
            assertThat(((Label) view.root().lookup("#topic-action-status")).getText()).as("nothing under orders")
                    .isEmpty();
            assertThat(((Label) view.root().lookup("#topic-title")).getText()).isEqualTo("orders");
        });
    }

    private static double[] filterAndListTops(TopicsView view) {
        Node filter = view.root().lookup("#topics-filter");
        Node table = view.root().lookup("#topics-table");
        return new double[] {filter.localToScene(0, 0).getY(), table.localToScene(0, 0).getY()};
    }

    /**
     * A laptop's 1366x768 window at each text size the header offers, and a larger one: the topic's name, tags and
     * actions stay whole at the top; under them the partition table and the replica map, each with its fewest rows,
     * never drawn over each other nor outside the view (when both do not fit, they scroll together). Where the room
     * allows, the map shows every partition.
     */
    @ParameterizedTest(name = "{0}x{1} at {2} px")
    @CsvSource({"1366, 768, 14, false", "1366, 768, 20, false", "1366, 768, 26, false", "1400, 900, 14, true",
            "1400, 900, 20, false", "1400, 900, 26, false"})
    void theTopicsHeaderTableAndMapNeverOverlap(double width, double height, double fontSize, boolean mapWhole)
            throws Exception {
        List<PartitionInfo> partitions = new java.util.ArrayList<>();
        for (int p = 0; p < 6; p++) {
            List<Integer> replicas = List.of(1 + p % 3, 1 + (p + 1) % 3, 1 + (p + 2) % 3);
            partitions.add(new PartitionInfo(p, replicas.get(0), replicas, replicas));
        }
        topics.add(new TopicInfo("orders", false, partitions, List.of()));
        TopicsView view = shownIn(width, height, fontSize);
        AtomicReference<List<Node>> found = new AtomicReference<>();
        UiTestSupport.onFx(() -> found.set(List.of(view.root().lookup("#topic-title").getParent(),
                view.root().lookup("#topic-delete").getParent().getParent(), view.root().lookup("#partitions-table"),
                view.root().lookup("#replica-legend").getParent(), view.root().lookup("#replica-map"),
                view.root().lookup("#replica-map-hint"))));
        List<Node> parts = found.get(); // top to bottom: name, actions, table, map's legend, map, hint
        ReplicaMap map = (ReplicaMap) parts.get(4);
        PartitionTable table = (PartitionTable) parts.get(2);
        UiTestSupport.waitFor(10, "the map's six partitions laid out", () -> map.wholeHeight() > 0);

        UiTestSupport.waitFor(10, "the topic's header, table and map apart, each whole within the view", () -> {
            ScrollPane body = (ScrollPane) view.root().lookup("#topic-detail-scroll");
            Label title = (Label) view.root().lookup("#topic-title");
            boolean apart = true;
            for (int i = 0; i + 1 < parts.size(); i++) {
                apart &= bounds(parts.get(i)).getMaxY() <= bounds(parts.get(i + 1)).getMinY() + 0.5;
            }
            // the header in the view; the rest in the scroll pane's content, seen through its viewport in the view
            return apart && bounds(view.root()).contains(bounds(parts.get(0)))
                    && bounds(view.root()).contains(bounds(parts.get(1))) && bounds(view.root()).contains(bounds(body))
                    && bounds(parts.get(1)).getMaxY() <= bounds(body).getMinY() + 0.5
                    && parts.subList(2, parts.size()).stream().allMatch(p -> bounds(body.getContent()).contains(bounds(p)))
                    && table.getHeight() >= table.minHeight(-1) - 0.5 && map.getHeight() >= map.minHeight(-1) - 0.5
                    && title.getWidth() >= title.prefWidth(-1) - 0.5;
        });
        UiTestSupport.onFx(() -> {
            // the fewest rows: three partitions in the table (under its header), two in the map (a replica is taller)
            assertThat(table.getHeight()).isGreaterThanOrEqualTo(headerHeight(table) + 3 * table.getFixedCellSize());
            double row = map.lookup(".table-row-cell").getLayoutBounds().getHeight();
            assertThat(map.getHeight()).isGreaterThanOrEqualTo(headerHeight(map) + 2 * row);
            if (mapWhole) {
                assertThat(map.getHeight()).as("all six partitions in the map").isGreaterThanOrEqualTo(
                        headerHeight(map) + 6 * row);
            }
        });
    }

    /**
     * A laptop's window at the laptop's and the projector's text size: the list's columns all whole, "healthy" not
     * cut to "health"; at a large room's size the list takes no more than its share, the replica map keeping the rest.
     */
    @ParameterizedTest(name = "1366x768 at {0} px")
    @CsvSource({"14, true", "20, true", "26, false"})
    void theTopicListShowsItsColumnsWholeYetLeavesTheDetailMostOfTheRoom(double fontSize, boolean whole)
            throws Exception {
        topics.add(new TopicInfo("orders", false, List.of(new PartitionInfo(0, 1, List.of(1, 2, 3),
                List.of(1, 2, 3))), List.of()));
        TopicsView view = shownIn(1366, 768, fontSize);
        UiTestSupport.waitFor(10, "the list laid out at " + fontSize + " px", () -> {
            javafx.scene.control.TableView<?> table = (javafx.scene.control.TableView<?>) view.root()
                    .lookup("#topics-table");
            Object health = table.getColumns().get(table.getColumns().size() - 1);
            Node last = table.lookupAll(".column-header").stream()
                    .filter(h -> h instanceof javafx.scene.control.skin.TableColumnHeader header
                            && header.getTableColumn() == health).findFirst().orElse(null);
            Node split = view.root();
            if (last == null) {
                return false;
            }
            boolean columnsWhole = bounds(last).getMaxX() <= bounds(table).getMaxX() + 0.5;
            boolean share = bounds(table).getWidth() <= split.getLayoutBounds().getWidth() * 0.45 + 24;
            return columnsWhole == whole && share;
        });
    }

    /**
     * A window made smaller: the view fits it again, the list keeping its share of the width (JavaFX's split pane
     * keeps its first part's pixels: the list took three quarters of the window, the topic's detail cut).
     */
    @Test
    void aWindowMadeSmallerFitsTheViewAgain() throws Exception {
        topics.add(new TopicInfo("orders", false, List.of(new PartitionInfo(0, 1, List.of(1, 2, 3),
                List.of(1, 2, 3))), List.of()));
        TopicsView view = shownIn(1600, 1000, 14);
        UiTestSupport.waitFor(10, "orders shown", () -> view.root().lookup("#replica-map").lookup(".table-row-cell")
                != null);
        UiTestSupport.onFx(() -> {
            javafx.stage.Window w = view.root().getScene().getWindow();
            w.setWidth(1024);
            w.setHeight(700);
        });
        UiTestSupport.waitFor(10, "the view within the window, the list at its share (or its least width)", () -> {
            javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) view.root();
            Node list = split.getItems().get(0);
            // the divider's own width aside
            return bounds(split).getMaxX() <= split.getScene().getWidth() + 0.5 && list.getLayoutBounds().getWidth()
                    <= Math.max(0.38 * split.getWidth(), list.minWidth(-1)) + 8;
        });
    }

    /** The view on a scene, its model on {@link #source} with three live brokers and {@code names}' topics. */
    private TopicsView shownWith(Map<String, String> policies, String... names) throws Exception {
        cleanupPolicies.putAll(policies);
        for (String name : names) {
            topics.add(new TopicInfo(name, false, List.of(new PartitionInfo(0, 1, List.of(1, 2, 3),
                    List.of(1, 2, 3))), List.of()));
        }
        return shownIn(1200, 700, 14);
    }

    /**
     * The view on {@link #source}'s topics with three live brokers, in a window of {@code width} x {@code height} at
     * {@code fontSize}, with the room the app's header, status bar and navigation take, in ems as there.
     */
    private TopicsView shownIn(double width, double height, double fontSize) throws Exception {
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 3));
        cluster.up();
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<TopicsView> view = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            session = new Session(Platform::runLater);
            TopicsView topicsView = new TopicsView(session, (what, error) -> { }, NodeActions.NONE);
            topicsView.model().attach(source, List.of(1, 2, 3));
            topicsView.model().apply(cluster.snapshot());
            javafx.scene.layout.BorderPane window = new javafx.scene.layout.BorderPane(topicsView.root(),
                    ems(0, 2.6), null, ems(0, 1.6), ems(3.7, 0));
            window.setStyle("-fx-font-size: " + fontSize + "px;");
            Scene scene = new Scene(window, width, height);
            scene.getStylesheets().add(TopicsView.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            view.set(topicsView);
        });
        return view.get();
    }

    /** A blank region of {@code width} x {@code height} ems, the room of a part of the app around the view. */
    private static Region ems(double width, double height) {
        Region room = new Region();
        room.setStyle("-fx-min-width: " + width + "em; -fx-min-height: " + height + "em;");
        return room;
    }

    private static double headerHeight(javafx.scene.control.TableView<?> table) {
        return table.lookup(".column-header-background").getLayoutBounds().getHeight();
    }

    private static javafx.geometry.Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** Whether each listed topic's name cell shows the tag. FX thread. */
    private static Map<String, Boolean> tags(TopicsView view) {
        Map<String, Boolean> tagged = new java.util.TreeMap<>();
        view.root().lookupAll(".table-cell").stream().filter(TopicNameCell.class::isInstance)
                .map(n -> (TopicNameCell) n).filter(c -> !c.isEmpty() && c.getItem() != null)
                .forEach(c -> tagged.put(c.getItem().name(), c.getGraphic() != null && c.getGraphic().isVisible()));
        return tagged;
    }

    private static TopicNameCell nameCell(TopicsView view, String topic) {
        return view.root().lookupAll(".table-cell").stream().filter(TopicNameCell.class::isInstance)
                .map(n -> (TopicNameCell) n).filter(c -> !c.isEmpty() && c.getItem() != null
                        && c.getItem().name().equals(topic)).findFirst().orElseThrow();
    }
}
