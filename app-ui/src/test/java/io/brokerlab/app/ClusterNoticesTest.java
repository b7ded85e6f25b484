package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.Styles;
import io.brokerlab.app.cluster.ActionLook;
import io.brokerlab.app.cluster.ClusterViewModel;
import io.brokerlab.app.cluster.ClusterViewModel.Action;
import io.brokerlab.app.topics.TopicRow;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxToolkit;

class ClusterNoticesTest {

    private static ClusterEvent event(EventType type, String topic, int partition) {
        return new ClusterEvent(Instant.now(), type, topic, partition, null, null, 1, 2, List.of(1), List.of(1, 2),
                null, null, null, null);
    }

    private static ClusterEvent quorum(EventType type, String detail) {
        return new ClusterEvent(Instant.now(), type, null, null, null, null, null, null, null, null, null, null, null,
                detail);
    }

    @Test
    void aLostQuorumIsSaidUntilItIsRegainedButAnElectionIsNot() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run, node -> { });
            notices.clusterEvents(List.of(quorum(EventType.QUORUM_LOST, ClusterEvent.ELECTING + "2 of 3 running")));
            assertThat(notices.layer().getChildren()).as("a majority electing a leader").isEmpty();

            notices.clusterEvents(List.of(quorum(EventType.QUORUM_LOST, "1 of 3 running")));
            assertThat(notices.layer().getChildren()).singleElement().satisfies(n -> assertThat(
                    ((Notification) n).getMessage()).startsWith("ZooKeeper lost its quorum (1 of 3 running).\n"));

            notices.clusterEvents(List.of(quorum(EventType.QUORUM_REGAINED, "2 of 3 running")));
            assertThat(notices.layer().getChildren()).isEmpty();
        });
    }

    @Test
    void aPausedBrokerIsNamedPausedNotJustDown() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run, node -> { });
            notices.nodeEvents(List.of(change(NodeId.broker(2), NodeState.RUNNING, NodeState.PAUSED, null)));
            // its session ends: the controller calls it down
            notices.clusterEvents(List.of(new ClusterEvent(Instant.now(), EventType.BROKER_DOWN, null, null, 2, null,
                    null, null, null, null, null, null, null, null), event(EventType.PARTITION_UNDER_REPLICATED,
                    "demo", 0)));
            assertThat(((Notification) notices.layer().getChildren().get(0)).getMessage()).startsWith(
                    "1 partition is under-replicated.\nbroker-2 (paused) is down: its replicas in demo are down with it.");
        });
    }

    @Test
    void aStopAllRaisesNoPartitionAlarmAndEndsOneShown() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            boolean[] stoppingAll = {false};
            ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run, node -> { });
            notices.quietWhile(() -> stoppingAll[0]);
            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "demo", 0)));
            assertThat(notices.layer().getChildren()).as("a broker lost before: said").hasSize(1);

            stoppingAll[0] = true;
            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "demo", 1),
                    event(EventType.PARTITION_OFFLINE, "demo", 2)));
            assertThat(notices.layer().getChildren()).as("the whole cluster stopping on purpose: no alarm").isEmpty();

            stoppingAll[0] = false;
            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "demo", 3)));
            assertThat(notices.layer().getChildren()).as("after it, alarms again").hasSize(1);
        });
    }

    @Test
    void theBatchesOfOneFailureShareOneNoticeThatCountsTheirPartitions() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run, node -> { });
            notices.clusterEvents(List.of(event(EventType.LEADER_CHANGED, "demo", 0)));
            assertThat(notices.layer().getChildren()).as("a leader change alone is no alarm").isEmpty();

            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "demo", 0)));
            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "demo", 1),
                    event(EventType.PARTITION_UNDER_REPLICATED, "orders", 0),
                    event(EventType.PARTITION_UNDER_REPLICATED, "demo", 0)));

            assertThat(notices.layer().getChildren()).singleElement().satisfies(n -> assertThat(
                    ((Notification) n).getMessage()).isEqualTo("3 partitions are under-replicated.\nIn demo, orders:"
                    + " a replica fell out of sync. See the replica map in Topics and the Timeline."));

            notices.clusterEvents(List.of(event(EventType.PARTITION_OFFLINE, "demo", 2)));
            assertThat(((Notification) notices.layer().getChildren().get(0)).getMessage())
                    .startsWith("1 partition is offline.\nIn demo, orders: no replica can lead.");

            // the election that follows: online again, and the notice counts what is still short of replicas
            notices.clusterEvents(List.of(event(EventType.PARTITION_ONLINE, "demo", 2),
                    event(EventType.PARTITION_FULLY_REPLICATED, "demo", 1)));
            assertThat(((Notification) notices.layer().getChildren().get(0)).getMessage())
                    .startsWith("2 partitions are under-replicated");
            notices.clusterEvents(List.of(event(EventType.PARTITION_FULLY_REPLICATED, "demo", 0),
                    event(EventType.PARTITION_FULLY_REPLICATED, "orders", 0)));
            assertThat(notices.layer().getChildren()).as("all recovered: nothing left to warn about").isEmpty();
            notices.clusterEvents(List.of(event(EventType.PARTITION_FULLY_REPLICATED, "demo", 0)));
            assertThat(notices.layer().getChildren()).isEmpty();
        });
    }

    @Test
    void aNoticeThatHidWhileTheFailureLastsCountsOnFromWhatItKnew() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run, node -> { });
            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "demo", 0),
                    event(EventType.PARTITION_UNDER_REPLICATED, "demo", 1),
                    event(EventType.PARTITION_UNDER_REPLICATED, "demo", 2)));
            // its time on screen is over (or the user closed it); the broker is still down
            notices.layer().getChildren().clear();
            notices.clusterEvents(List.of(event(EventType.PARTITION_FULLY_REPLICATED, "demo", 0)));
            assertThat(notices.layer().getChildren()).as("a recovery alone is no news").isEmpty();

            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "orders", 0)));
            assertThat(notices.layer().getChildren()).singleElement().satisfies(n -> assertThat(
                    ((Notification) n).getMessage()).startsWith("3 partitions are under-replicated.\nIn demo, orders:"));

            notices.forget();
            assertThat(notices.layer().getChildren()).isEmpty();
            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "other", 0)));
            assertThat(((Notification) notices.layer().getChildren().get(0)).getMessage())
                    .as("another cluster: nothing of the last one counted").startsWith("1 partition is under-replicated");
        });
    }

    @Test
    void aTopicDeletedWhileShortOfReplicasNoLongerCounts() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run, node -> { });
            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "scratch", 0),
                    event(EventType.PARTITION_UNDER_REPLICATED, "scratch", 1),
                    event(EventType.PARTITION_OFFLINE, "scratch", 2),
                    event(EventType.PARTITION_UNDER_REPLICATED, "demo", 0)));
            ClusterEvent deleted = new ClusterEvent(Instant.now(), EventType.TOPIC_DELETED, "scratch", null, null,
                    null, null, null, null, null, null, null, null, null);
            notices.clusterEvents(List.of(deleted));
            assertThat(notices.layer().getChildren()).singleElement().satisfies(n -> assertThat(
                    ((Notification) n).getMessage()).startsWith("1 partition is under-replicated.\nIn demo:"));

            notices.layer().getChildren().clear();
            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "orders", 0)));
            assertThat(notices.layer().getChildren()).singleElement().satisfies(n -> assertThat(
                    ((Notification) n).getMessage()).startsWith("2 partitions are under-replicated.\nIn demo, orders:"));
            notices.clusterEvents(List.of(event(EventType.PARTITION_FULLY_REPLICATED, "demo", 0),
                    event(EventType.PARTITION_FULLY_REPLICATED, "orders", 0)));
            assertThat(notices.layer().getChildren()).as("nothing of the deleted topic keeps it up").isEmpty();
        });
    }

    private static NodeEvent change(NodeId node, NodeState from, NodeState to, String exitReason) {
        return new NodeEvent(Instant.now(), status(node, from, Optional.empty()),
                status(node, to, Optional.ofNullable(exitReason)), null);
    }

    private static NodeStatus status(NodeId node, NodeState state, Optional<String> exitReason) {
        return new NodeStatus(node, state, OptionalLong.empty(), 9092, 0, Optional.empty(), false, Instant.now(),
                OptionalLong.empty(), OptionalLong.empty(), exitReason, List.of(), Optional.empty(), OptionalLong.empty());
    }

    @Test
    void aCrashedNodeGetsANoticeWhoseShowLogOpensItsLog() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<NodeId> logsShown = new ArrayList<>();
        UiTestSupport.onFx(() -> {
            ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run, logsShown::add);
            notices.nodeEvents(List.of(change(NodeId.broker(1), NodeState.RUNNING, NodeState.STOPPED, "killed (SIGKILL)"),
                    change(NodeId.broker(3), NodeState.STARTING, NodeState.RUNNING, null)));
            assertThat(notices.layer().getChildren()).as("a kill the user asked for, a start: no alarm").isEmpty();

            notices.nodeEvents(List.of(change(NodeId.broker(2), NodeState.RUNNING, NodeState.CRASHED,
                    "exited with status 1")));
            notices.nodeEvents(List.of(change(NodeId.broker(2), NodeState.CRASHED, NodeState.CRASHED,
                    "exited with status 1")));
            Notification notice = (Notification) notices.layer().getChildren().get(0);
            assertThat(notices.layer().getChildren()).as("one notice per crash").hasSize(1);
            assertThat(notice.getMessage()).isEqualTo("broker-2 crashed.\nexited with status 1");
            assertThat(notice.getProperties()).as("no timer: it stays until closed or its log opened")
                    .doesNotContainKey(ClusterNotices.TIMEOUT);
            assertThat(notice.getPrimaryActions()).singleElement().satisfies(button -> {
                assertThat(button.getText()).isEqualTo("Show log");
                button.fire();
            });
            assertThat(logsShown).containsExactly(NodeId.broker(2));
            assertThat(notices.layer().getChildren()).as("done with once its log is open").isEmpty();
        });
    }

    @Test
    void aKeyboardCommandsOutcomeIsANotice() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run, node -> { });
            notices.commandResult(Action.KILL, new ClusterViewModel.Outcome(false, "Cannot kill zk-1: it is stopped"));
            notices.commandResult(Action.KILL, new ClusterViewModel.Outcome(true, "Killed broker-2 (SIGKILL)"));
            notices.commandResult(Action.START, new ClusterViewModel.Outcome(true, "Starting broker-3"));
            assertThat(notices.layer().getChildren()).as("a command's answer goes by itself")
                    .allSatisfy(n -> assertThat(n.getProperties()).containsKey(ClusterNotices.TIMEOUT));
            assertThat(notices.layer().getChildren()).extracting(n -> ((Notification) n).getMessage())
                    .containsExactly("Cannot kill zk-1: it is stopped", "Killed broker-2 (SIGKILL)", "Starting broker-3");
            assertThat(notices.layer().getChildren()).as("each action's own icon, a warning's when refused")
                    .extracting(n -> ((FontIcon) ((Notification) n).getGraphic()).getIconCode())
                    .containsExactly(Feather.ALERT_TRIANGLE, ActionLook.icon(Action.KILL), ActionLook.icon(Action.START));
        });
    }

    @Test
    void aNoticeQueuedForTheClusterShownBeforeIsDropped() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            List<Runnable> queued = new ArrayList<>();
            ClusterNotices notices = new ClusterNotices(queued::add, Runnable::run, node -> { });
            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "old-topic", 0)));
            notices.forget();
            queued.forEach(Runnable::run);
            assertThat(notices.layer().getChildren()).as("the old cluster's partitions are not this one's").isEmpty();

            queued.clear();
            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "demo", 0)));
            queued.forEach(Runnable::run);
            assertThat(notices.layer().getChildren()).singleElement().satisfies(n -> assertThat(
                    ((Notification) n).getMessage()).startsWith("1 partition is under-replicated.\nIn demo:"));
        });
    }

    @Test
    void underReplicatedPartitionsNameTheBrokerThatIsDown() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run, node -> { });
            // a kill from the app: the launcher's event, then the controller's
            notices.nodeEvents(List.of(change(NodeId.broker(3), NodeState.RUNNING, NodeState.STOPPED,
                    "killed (SIGKILL)")));
            notices.clusterEvents(List.of(new ClusterEvent(Instant.now(), EventType.BROKER_DOWN, null, null, 3, null,
                    null, null, null, null, null, null, null, null), event(EventType.PARTITION_UNDER_REPLICATED,
                    "demo", 0), event(EventType.PARTITION_UNDER_REPLICATED, "demo", 1)));
            assertThat(((Notification) notices.layer().getChildren().get(0)).getMessage()).isEqualTo(
                    "2 partitions are under-replicated.\nbroker-3 is down: its replicas in demo are down with it."
                    + " See the replica map in Topics and the Timeline.");

            notices.nodeEvents(List.of(change(NodeId.broker(3), NodeState.STARTING, NodeState.RUNNING, null)));
            notices.clusterEvents(List.of(new ClusterEvent(Instant.now(), EventType.BROKER_UP, null, null, 3, null,
                    null, null, null, null, null, null, null, null), event(EventType.PARTITION_UNDER_REPLICATED,
                    "demo", 2)));
            assertThat(((Notification) notices.layer().getChildren().get(0)).getMessage())
                    .as("back, still catching up").isEqualTo("3 partitions are under-replicated.\nIn demo: a replica"
                            + " fell out of sync. See the replica map in Topics and the Timeline.");
        });
    }

    /** A topic row with {@code below} of its 3 partitions under min.insync.replicas=2 (and under-replicated). */
    private static TopicRow row(String topic, long below) {
        return row(topic, below, 0);
    }

    private static TopicRow row(String topic, long below, long offline) {
        return new TopicRow(topic, 3, 3, 3, offline, below, 2, false, false, 0);
    }

    private static List<String> messages(ClusterNotices notices) {
        return notices.layer().getChildren().stream().map(n -> ((Notification) n).getMessage()).toList();
    }

    @Test
    void partitionsBelowMinInsyncReplicasAreSaidWithWhatTheyRefuseUntilTheyRecover() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run, node -> { });
            notices.topicRows(List.of(row("demo", 0), row("orders", 0)));
            assertThat(notices.layer().getChildren()).as("one broker down: ISR 2 still meets min 2").isEmpty();

            // the second broker killed: its partitions fall below one by one as the rows are recounted
            notices.topicRows(List.of(row("demo", 1), row("orders", 0)));
            notices.topicRows(List.of(row("demo", 3), row("orders", 0)));
            assertThat(messages(notices)).containsExactly("demo: 3 partitions below min.insync.replicas=2 — producers"
                    + " with acks=all are refused until a replica catches up.");
            assertThat(notices.layer().getChildren().get(0).getStyleClass()).contains(Styles.DANGER);

            notices.topicRows(List.of(row("demo", 3), row("orders", 1)));
            assertThat(messages(notices)).containsExactly("demo: 3 partitions below min.insync.replicas=2; orders:"
                    + " 1 partition below min.insync.replicas=2 — producers with acks=all are refused until a replica"
                    + " catches up.");

            // hidden by its timeout while the brokers stay down: a partial recovery is no news
            notices.layer().getChildren().clear();
            notices.topicRows(List.of(row("demo", 2), row("orders", 1)));
            assertThat(notices.layer().getChildren()).isEmpty();
            notices.topicRows(List.of(row("demo", 3), row("orders", 1)));
            assertThat(messages(notices)).as("another partition fell below").singleElement().asString()
                    .startsWith("demo: 3 partitions below");

            notices.topicRows(List.of(row("demo", 0), row("orders", 0)));
            assertThat(notices.layer().getChildren()).as("a replica caught up everywhere").isEmpty();
        });
    }

    @Test
    void aClusterStartingWithItsFirstBrokerHasTooFewReplicasForAWhileAndThatIsNoAlarm() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run, node -> { });
            notices.topicRows(List.of(new TopicRow("demo", 3, 3, 3, 3, 0, 2, false, true, 0)));
            notices.topicRows(List.of(row("demo", 1, 2)));
            notices.topicRows(List.of(row("demo", 3, 0)));
            assertThat(notices.layer().getChildren()).as("offline partitions getting a leader back").isEmpty();

            // a broker killed later: a partition that was fine falls below
            notices.topicRows(List.of(row("demo", 0, 0)));
            notices.topicRows(List.of(row("demo", 2, 1)));
            assertThat(messages(notices)).singleElement().asString().startsWith("demo: 2 partitions below");
        });
    }

    @Test
    void belowMinInsyncReplicasIsNotSaidWhileTheWholeClusterStopsNorForAnotherCluster() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            boolean[] stoppingAll = {true};
            ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run, node -> { });
            notices.quietWhile(() -> stoppingAll[0]);
            notices.topicRows(List.of(row("demo", 3)));
            assertThat(notices.layer().getChildren()).isEmpty();

            stoppingAll[0] = false;
            notices.forget();
            notices.topicRows(List.of(row("demo", 2)));
            assertThat(messages(notices)).as("counted afresh for the cluster shown now").singleElement().asString()
                    .startsWith("demo: 2 partitions below min.insync.replicas=2");
        });
    }

    @Test
    void aOneLineNoticeHasNoEmptyLineUnderIt() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            try {
                ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run, node -> { });
                StackPane root = new StackPane(notices.layer());
                root.getStylesheets().add(ClusterNotices.class.getResource("app.css").toExternalForm());
                root.setStyle("-fx-font-size: 14px");
                new Scene(root, 1400, 900);
                notices.commandResult(Action.KILL, new ClusterViewModel.Outcome(true, "Killed broker-3 (SIGKILL)"));
                root.applyCss();
                root.layout();
                Notification notice = (Notification) notices.layer().getChildren().get(0);
                Node text = ((Parent) notice.lookup(".message")).getChildrenUnmodifiable().get(0);
                Bounds line = notice.sceneToLocal(text.localToScene(text.getLayoutBounds()));
                double above = line.getMinY();
                double below = notice.getHeight() - line.getMaxY();
                assertThat(below).as("blank under the line (%s above it)", above).isLessThanOrEqualTo(above + 2);
            } finally {
                Application.setUserAgentStylesheet(null);
            }
        });
    }
}
