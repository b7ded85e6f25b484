package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class NodeCardTest {

    private static final String SERVING = "120 clients · zxid 0x3000001f4a2";

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
}
