package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class NodeCardTest {

    private static final String SERVING = "120 clients · zxid 0x3000001f4a2";

    @Test
    void aKilledNodesBadgeSaysKilledAGracefulStopStopped() {
        assertThat(NodeCard.badge(NodeState.STOPPED, "killed (SIGKILL)")).isEqualTo("killed");
        assertThat(NodeCard.badge(NodeState.STOPPED, "")).isEqualTo("stopped");
        assertThat(NodeCard.badge(NodeState.CRASHED, "exit code 1")).isEqualTo("crashed");
        assertThat(NodeCard.badge(NodeState.RUNNING, "")).isEqualTo("running");
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
