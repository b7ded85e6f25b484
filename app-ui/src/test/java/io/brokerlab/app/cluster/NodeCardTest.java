package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import io.brokerlab.app.FakeCluster;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class NodeCardTest {

    @TempDir
    Path temp;

    private static final String SERVING = "120 clients · zxid 0x3000001f4a2";

    @Test
    void aKilledNodesBadgeSaysKilledAGracefulStopStopped() {
        assertThat(NodeCard.badge(NodeState.STOPPED, "killed (SIGKILL)")).isEqualTo("killed");
        assertThat(NodeCard.badge(NodeState.STOPPED, "")).isEqualTo("stopped");
        assertThat(NodeCard.badge(NodeState.CRASHED, "exit code 1")).isEqualTo("crashed");
        assertThat(NodeCard.badge(NodeState.RUNNING, "")).isEqualTo("running");
    }

    /**
     * Tab onto a card's button (its Start here) selects the card: the kill key kills the node whose focus ring shows.
     */
    @Test
    void aButtonOfACardTakingTheFocusSelectsThatCard() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            ClusterViewModel model = new ClusterViewModel(Runnable::run);
            NodeCard first = new NodeCard(new NodeRow(NodeId.broker(1), Optional.empty()), model);
            NodeCard second = new NodeCard(new NodeRow(NodeId.broker(2), Optional.empty()), model);
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(new Scene(new javafx.scene.layout.VBox(first, second), 600, 500));
            stage.show();
            model.selectedProperty().set(NodeId.broker(1));
            second.lookup("#start-broker-2").requestFocus();
            assertThat(model.selectedProperty().get()).isEqualTo(NodeId.broker(2));

            // a focused button disabled by the change it made (Kill, once the node is down): the card keeps the focus
            NodeRow row = new NodeRow(NodeId.broker(1), Optional.empty());
            NodeCard running = new NodeCard(row, model);
            ((javafx.scene.layout.VBox) first.getParent()).getChildren().add(running);
            row.update(new NodeStatus(NodeId.broker(1), NodeState.RUNNING, OptionalLong.of(4242), 9092, 27000,
                    Optional.empty(), false, Instant.now(), OptionalLong.empty(), OptionalLong.empty(),
                    Optional.empty(), List.of(), Optional.empty(), OptionalLong.empty()));
            Node kill = running.lookup("#kill-broker-1");
            kill.requestFocus();
            assertThat(kill.isFocused()).isTrue();
            row.update(stopped(Optional.of("killed (SIGKILL)")));
            assertThat(kill.isDisabled()).isTrue();
            assertThat(running.isFocused()).as("the card, not nothing").isTrue();
            stage.hide();
        });
    }

    /** The card must not grow under the pointer as the uptime passes a minute: its buttons would slide away. */
    @Test
    void aKilledNodesBadgeIsStyledApartFromAStoppedOnes() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            NodeRow row = new NodeRow(NodeId.broker(1), Optional.empty());
            NodeCard card = new NodeCard(row, new ClusterViewModel(Runnable::run));
            Label badge = (Label) card.lookup("#state-broker-1");
            row.update(stopped(Optional.of("killed (SIGKILL)")));
            assertThat(badge.getStyleClass()).contains("state-killed").doesNotContain("state-stopped");
            row.update(stopped(Optional.empty()));
            assertThat(badge.getText()).isEqualTo("stopped");
            assertThat(badge.getStyleClass()).contains("state-stopped").doesNotContain("state-killed");
        });
    }

    /** A file saved with its restart put off: the card says so, and its tooltip which keys wait. */
    @Test
    void aRestartPutOffShowsAsABadgeWithTheKeysThatWait() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            NodeRow row = new NodeRow(NodeId.broker(1), Optional.empty());
            NodeCard card = new NodeCard(row, new ClusterViewModel(Runnable::run));
            Label badge = (Label) card.lookup("#restart-needed-broker-1");
            assertThat(badge.isVisible()).as("nothing waits").isFalse();
            assertThat(badge.isManaged()).isFalse();

            row.awaitsRestart("Saved in its properties file but not applied yet: num.network.threads. Restart"
                    + " broker-1 to apply it.");
            assertThat(badge.isVisible()).isTrue();
            assertThat(badge.getText()).isEqualTo("restart needed");
            assertThat(badge.getTooltip().getText()).contains("num.network.threads").contains("Restart broker-1");

            row.awaitsRestart("");
            assertThat(badge.isVisible()).as("restarted").isFalse();
        });
    }

    /**
     * The review's double click on Stop: its second click landed on Kill, which had moved into Stop's place once the
     * node was stopping. Every button keeps its slot, and Stop's is never Kill's.
     */
    @Test
    void aStopButtonsSlotNeverBecomesKillAsTheNodeStartsStopping() throws Exception {
        FxToolkit.registerPrimaryStage();
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 1));
        UiTestSupport.onFx(() -> {
            ClusterViewModel model = new ClusterViewModel(Runnable::run);
            model.attach(cluster);
            cluster.set(NodeId.broker(1), NodeState.RUNNING, false);
            model.apply(cluster.snapshot());
            NodeCard card = new NodeCard(model.node(NodeId.broker(1)), model);
            Pane root = shown(card);
            Button stop = (Button) card.lookup("#stop-broker-1");
            Button kill = (Button) card.lookup("#kill-broker-1");
            Bounds stopWas = inCard(card, stop);
            assertThat(buttonAt(card, stopWas)).as("running").isSameAs(stop);
            Map<String, Bounds> slots = slots(card);

            cluster.set(NodeId.broker(1), NodeState.STOPPING, false);
            model.apply(cluster.snapshot());
            root.applyCss();
            card.layout();

            assertThat(buttonAt(card, stopWas)).as("stopping: Stop's place").isSameAs(stop);
            assertThat(stop.isDisabled()).as("no second stop").isTrue();
            assertThat(kill.isDisabled()).as("a hung stop is ended with Kill").isFalse();
            assertThat(inCard(card, kill).intersects(stopWas)).isFalse();
            assertThat(slots(card)).as("every button where it was").isEqualTo(slots);

            cluster.set(NodeId.broker(1), NodeState.STOPPED, false);
            model.apply(cluster.snapshot());
            root.applyCss();
            card.layout();
            Button start = (Button) card.lookup("#start-broker-1");
            assertThat(buttonAt(card, stopWas)).as("stopped: Start in Stop's slot").isSameAs(start);
            assertThat(kill.isVisible()).isTrue();
            assertThat(kill.isDisabled()).isTrue();
            assertThat(inCard(card, kill)).isEqualTo(slots.get("kill-broker-1"));
        });
    }

    /** Kill pressed just after the card's buttons changed was aimed at what was there before: it does nothing. */
    @Test
    void aKillRightAfterTheButtonsChangedDoesNothing() throws Exception {
        FxToolkit.registerPrimaryStage();
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 1));
        AtomicLong now = new AtomicLong(1_000_000_000L);
        UiTestSupport.onFx(() -> {
            ClusterViewModel model = new ClusterViewModel(Runnable::run);
            model.attach(cluster);
            cluster.set(NodeId.broker(1), NodeState.RUNNING, false);
            model.apply(cluster.snapshot());
            NodeCard card = new NodeCard(model.node(NodeId.broker(1)), model, now::get);
            shown(card);
            Button stop = (Button) card.lookup("#stop-broker-1");
            Button kill = (Button) card.lookup("#kill-broker-1");
            now.addAndGet(2_000_000_000L);
            // a graceful stop takes a while
            cluster.pending = new CompletableFuture<>();
            stop.fire();
            assertThat(cluster.calls).containsExactly("stop broker-1");

            now.addAndGet(150_000_000L);
            cluster.set(NodeId.broker(1), NodeState.STOPPING, false);
            model.apply(cluster.snapshot());
            now.addAndGet(100_000_000L);
            kill.fire();
            assertThat(cluster.calls).as("the double click's second click").containsExactly("stop broker-1");

            now.addAndGet(NodeCard.SETTLE_NANOS);
            kill.fire();
            assertThat(cluster.calls).as("Kill meant, once the buttons have settled")
                    .containsExactly("stop broker-1", "kill broker-1");
        });
    }

    /** "killed (SIGKILL)" has its line reserved: the card does not grow under the pointer and push the log down. */
    @Test
    void aKilledCardIsAsTallAsARunningOne() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            NodeRow row = new NodeRow(NodeId.broker(1), Optional.empty());
            NodeCard card = new NodeCard(row, new ClusterViewModel(Runnable::run));
            Pane root = shown(card);
            row.update(new NodeStatus(NodeId.broker(1), NodeState.RUNNING, OptionalLong.of(4410), 9092, 27000,
                    Optional.of("broker"), false, Instant.now(), OptionalLong.of(29L << 20), OptionalLong.of(61_000),
                    Optional.empty(), List.of(), Optional.empty(), OptionalLong.empty()));
            root.applyCss();
            double running = card.prefHeight(560);

            row.update(stopped(Optional.of("killed (SIGKILL)")));
            root.applyCss();
            assertThat(card.lookup("#exit-broker-1").isVisible()).isTrue();
            assertThat(card.prefHeight(560)).isEqualTo(running);
        });
    }

    /** The card in a scene with the app's style sheet, laid out at a two-column card's width. FX thread. */
    private static Pane shown(NodeCard card) {
        Pane root = new Pane(card);
        root.getStylesheets().add(NodeCard.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
        root.setStyle("-fx-font-size: 14px");
        new Scene(root, 1400, 900);
        root.applyCss();
        card.resize(560, card.prefHeight(560));
        card.layout();
        return root;
    }

    private static Bounds inCard(NodeCard card, Node node) {
        return card.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    /** The visible button whose area holds the centre of {@code place}. */
    private static Button buttonAt(NodeCard card, Bounds place) {
        return card.lookupAll(".button").stream().filter(Node::isVisible).map(Button.class::cast)
                .filter(b -> b.getId() != null && inCard(card, b).contains(place.getCenterX(), place.getCenterY()))
                .findFirst().orElse(null);
    }

    /** Each visible action button's place in the card, by id. */
    private static Map<String, Bounds> slots(NodeCard card) {
        Map<String, Bounds> slots = new TreeMap<>();
        card.lookupAll(".button").stream().filter(b -> b.isVisible() && b.getId() != null)
                .forEach(b -> slots.put(b.getId(), inCard(card, b)));
        return slots;
    }

    private static NodeStatus stopped(Optional<String> exitReason) {
        return new NodeStatus(NodeId.broker(1), NodeState.STOPPED, OptionalLong.empty(), 9092, 27000,
                Optional.empty(), false, Instant.now(), OptionalLong.empty(), OptionalLong.empty(), exitReason,
                List.of(), Optional.empty(), OptionalLong.empty());
    }

    @Test
    void anUptimeFactKeepsItsWidthAsTheUptimePassesAMinute() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            NodeRow row = new NodeRow(NodeId.broker(1), Optional.empty());
            NodeCard card = new NodeCard(row, new ClusterViewModel(Runnable::run));
            Pane root = new Pane(card);
            root.getStylesheets().add(NodeCard.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
            new Scene(root, 1400, 800);
            double[] widths = new double[2];
            long[] uptimes = {59_000, 61_000};
            for (int i = 0; i < 2; i++) {
                row.update(new NodeStatus(NodeId.broker(1), NodeState.RUNNING, OptionalLong.of(4410), 9092, 27000,
                        Optional.of("broker"), false, Instant.now(), OptionalLong.of(29L << 20),
                        OptionalLong.of(uptimes[i]), Optional.empty(), List.of(), Optional.empty(),
                        OptionalLong.empty()));
                root.applyCss();
                Label uptime = card.lookupAll(".fact-value").stream().map(Label.class::cast)
                        .filter(l -> l.getText().endsWith(" s")).findFirst().orElseThrow();
                widths[i] = uptime.getParent().prefWidth(-1);
            }
            assertThat(row.uptimeProperty().get()).isEqualTo("1 min 01 s");
            assertThat(widths[1]).as("the Uptime fact at 1 min 01 s as at 59 s").isEqualTo(widths[0]);
        });
    }

    @Test
    void aLongValueIsCutInsideTheCardAndWholeInItsTooltipAtAnyFontSize() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (int fontSize : new int[] {24, 13}) {
            UiTestSupport.onFx(() -> {
                NodeRow row = new NodeRow(NodeId.zookeeper(1), Optional.empty());
                // the widest values a lab sees: a day's uptime, a busy ensemble's zxid and clients
                row.update(new NodeStatus(NodeId.zookeeper(1), NodeState.RUNNING, OptionalLong.of(4_194_303), 22181,
                        27608, Optional.of("follower"), false, Instant.now(), OptionalLong.of(1023L << 20),
                        OptionalLong.of(86_340_000), Optional.empty(), List.of(), Optional.of("0x3000001f4a2"),
                        OptionalLong.of(120)));
                NodeCard card = new NodeCard(row, new ClusterViewModel(Runnable::run));
                // as the card grid places it: at the card's own width, whatever the content's minimum. The app's
                // theme has a wider font than this test's, so the card is narrowed as much as its facts are in the app.
                card.setStyle("-fx-pref-width: 24em");
                Pane root = new Pane(card);
                root.getStylesheets().add(NodeCard.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
                root.setStyle("-fx-font-size: " + fontSize + "px");
                new Scene(root, 2000, 800);
                root.applyCss();
                double width = card.prefWidth(-1);
                card.resize(width, card.prefHeight(width));
                card.layout();

                Label serving = card.lookupAll(".fact-value").stream().map(Label.class::cast)
                        .filter(l -> SERVING.equals(l.getText())).findFirst().orElseThrow();
                Bounds inCard = card.sceneToLocal(serving.localToScene(serving.getLayoutBounds()));
                assertThat(inCard.getMaxX()).as("right edge at %d px", fontSize)
                        .isLessThanOrEqualTo(card.getWidth() - card.getInsets().getRight() + 0.5);
                for (Node value : card.lookupAll(".fact-value")) {
                    Bounds b = card.sceneToLocal(value.localToScene(value.getLayoutBounds()));
                    assertThat(b.getMaxX()).as(((Label) value).getText()).isLessThanOrEqualTo(card.getWidth() + 0.5);
                }
                assertThat(serving.getTooltip()).as("tooltip").isNotNull();
                assertThat(serving.getTooltip().getText()).isEqualTo(SERVING);
                // the facts apart by an em, at every text size: 16 px ran the ports into the PID at a room's size
                assertThat(((javafx.scene.layout.FlowPane) card.lookup(".node-facts")).getHgap())
                        .as("gap at %d px", fontSize).isGreaterThanOrEqualTo(fontSize);
            });
        }
    }

    @Test
    void aRunningZooKeepersFactsAreWholeInATwoColumnCardAtTheAppsThemeAndFont() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            try {
                NodeRow row = new NodeRow(NodeId.zookeeper(1), Optional.empty());
                row.update(new NodeStatus(NodeId.zookeeper(1), NodeState.RUNNING, OptionalLong.of(123_456), 24181,
                        31206, Optional.of("follower"), false, Instant.now(), OptionalLong.of(24L << 20),
                        OptionalLong.of(723_000), Optional.empty(), List.of(), Optional.of("0x100000002e"),
                        OptionalLong.of(5)));
                NodeCard card = new NodeCard(row, new ClusterViewModel(Runnable::run));
                Pane root = new Pane(card);
                root.getStylesheets().add(NodeCard.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
                // the app's normal text size, as WindowAppearance sets it
                root.setStyle("-fx-font-size: 14px");
                new Scene(root, 1400, 900);
                root.applyCss();
                // the card grid's width for each of two columns in a 1400 px window beside the sidebar
                double width = 560;
                card.resize(width, card.prefHeight(width));
                card.layout();

                List<Label> values = card.lookupAll(".fact-value").stream().map(Label.class::cast).toList();
                assertThat(values).extracting(Label::getText).containsExactly("24181 · agent 31206", "123456",
                        "12 min 03 s", "24 MB", "5 clients · zxid 0x100000002e");
                for (Label value : values) {
                    Text shown = (Text) value.lookup(".text");
                    assertThat(shown.getText()).as("shown of %s", value.getText()).isEqualTo(value.getText());
                    Bounds b = card.sceneToLocal(value.localToScene(value.getLayoutBounds()));
                    assertThat(b.getMaxX()).as("right edge of %s", value.getText())
                            .isLessThanOrEqualTo(card.getWidth() - card.getInsets().getRight() + 0.5);
                }
            } finally {
                Application.setUserAgentStylesheet(null);
            }
        });
    }
}
