package io.brokerlab.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.AppSettings;
import io.brokerlab.app.UiTestSupport;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The console's panes laid out for real (Monocle), without a cluster. */
class ConsolePanesTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyTailControlStaysOnScreenAtTheLargestTextSize() {
        UiTestSupport.onFx(() -> {
            ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
            Parent pane = (Parent) new TailPane(model).root();
            // the tail's side of a 1400 px window at the largest text, its sidebar and publish form wider too
            Scene scene = new Scene(pane, 700, 800);
            pane.setStyle("-fx-font-size: " + AppSettings.MAX_FONT + "px;");
            pane.applyCss();
            pane.layout();
            for (String id : List.of("#console-tail", "#console-start", "#console-partitions", "#console-pause",
                    "#console-follow", "#console-format", "#console-filter", "#console-received")) {
                Node control = pane.lookup(id);
                assertThat(control).as("%s laid out, not in an overflow menu", id).isNotNull();
                assertThat(control.getScene()).as("%s shown, not in an overflow menu", id).isSameAs(scene);
                Bounds bounds = control.localToScene(control.getBoundsInLocal());
                assertThat(bounds.getMinX()).as("%s from the left edge", id).isGreaterThanOrEqualTo(0);
                assertThat(bounds.getMaxX()).as("%s within the width", id).isLessThanOrEqualTo(scene.getWidth());
            }
        });
    }

    @Test
    void aLongSendStatusLeavesTheResultListItsRoomAndKeepsItsWholeTextInATooltip() {
        UiTestSupport.onFx(() -> {
            ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
            Parent pane = (Parent) new PublishPane(model).root();
            Scene scene = new Scene(pane, 380, 880);
            pane.applyCss();
            pane.layout();
            ListView<?> results = (ListView<?>) pane.lookup("#console-send-results");
            double roomBefore = results.getHeight();
            String reason = "no acknowledgement in time: partitions demo-0, demo-1 and demo-2 have 1 in-sync replica,"
                    + " below min.insync.replicas=2; acks=all writes wait until a replica catches up: start the stopped"
                    + " brokers, or send with acks=1";
            String status = "297 sent, 1,203 failed (first: " + reason + ")";
            model.publishing().sendStatusProperty().set(status + " " + status + " " + status);
            pane.applyCss();
            pane.layout();
            Label shown = (Label) pane.lookup("#console-send-status");
            assertThat(shown.getHeight()).as("at most six lines").isLessThan(shown.getFont().getSize() * 1.6 * 6);
            assertThat(results.getHeight()).as("the results keep most of their room").isGreaterThan(roomBefore * 0.6);
            assertThat(shown.getTooltip().getText()).isEqualTo(status + " " + status + " " + status);
            assertThat(scene.getHeight()).isEqualTo(880);
        });
    }
}
