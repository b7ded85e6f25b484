package io.brokerlab.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.AppSettings;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.messaging.TailedMessage;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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

    @Test
    void theTableSelectionStaysOnThePickedMessageAndOnceItIsLetGoNoOtherRowIsSelected() {
        UiTestSupport.onFx(() -> {
            ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
            Parent pane = (Parent) new TailPane(model).root();
            new Scene(pane, 700, 800);
            pane.applyCss();
            pane.layout();
            @SuppressWarnings("unchecked")
            TableView<TailedMessage> table = (TableView<TailedMessage>) pane.lookup("#console-messages");
            TextArea detail = (TextArea) pane.lookup("#console-detail");
            Label note = (Label) pane.lookup("#console-detail-note");
            MessageTableViewModel messages = model.table();
            messages.add(messages(0, MessageTableViewModel.MAX_ROWS), 0);
            table.getSelectionModel().select(2362);
            TailedMessage picked = table.getSelectionModel().getSelectedItem();

            messages.add(messages(MessageTableViewModel.MAX_ROWS, 2_000), 0);
            pane.layout();
            assertThat(table.getSelectionModel().getSelectedIndex()).as("moved up with its message").isEqualTo(362);
            assertThat(table.getItems().get(362)).isSameAs(picked);
            assertThat(note.isVisible()).isFalse();

            messages.add(messages(MessageTableViewModel.MAX_ROWS + 2_000, 1_000), 0);
            pane.layout();
            assertThat(table.getSelectionModel().getSelectedIndices()).as("no other message selected").isEmpty();
            assertThat(detail.getText()).startsWith("topic orders · partition 1 · offset 2362 ·");
            assertThat(note.isVisible()).isTrue();
            assertThat(note.getText()).contains("newest 5,000 messages");

            table.getSelectionModel().select(5);
            assertThat(detail.getText()).contains(" · offset 3005 · ");
            assertThat(note.isVisible()).isFalse();
            table.getSelectionModel().clearSelection();
            assertThat(detail.getText()).isEqualTo("Select a message to see it in full.");
        });
    }

    private static List<TailedMessage> messages(int from, int count) {
        List<TailedMessage> list = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            list.add(TailedMessage.ofText("orders", i % 3, i, 0L, "k" + i, "value " + i));
        }
        return list;
    }
}
