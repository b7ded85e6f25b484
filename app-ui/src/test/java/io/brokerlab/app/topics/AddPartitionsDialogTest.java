package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class AddPartitionsDialogTest {

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aTotalKafkaWouldRefuseKeepsAddPartitionsDisabledAndSaysWhy() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            AddPartitionsDialog dialog = new AddPartitionsDialog(null, "orders", 3);
            TextField total = (TextField) dialog.getDialogPane().lookup("#topic-add-partitions-total");
            Label problem = (Label) dialog.getDialogPane().lookup("#topic-add-partitions-problem");
            Button ok = (Button) dialog.getDialogPane().lookupButton(AddPartitionsDialog.ADD);
            assertThat(ok.getText()).as("says what it does").isEqualTo("Add partitions");
            assertThat(ok.getId()).isEqualTo("topic-add-partitions-ok");
            assertThat(total.getText()).as("one more to start with").isEqualTo("4");
            assertThat(ok.isDisabled()).isFalse();

            total.setText("3");
            assertThat(problem.getText()).isEqualTo("Partitions can only be added: type more than 3");
            assertThat(ok.isDisabled()).isTrue();
            total.setText("4 more");
            assertThat(problem.getText()).contains("whole number");
            total.setText("1001");
            assertThat(problem.getText()).startsWith("At most 1000 partitions");
            assertThat(ok.isDisabled()).isTrue();

            total.setText(" 6 ");
            assertThat(problem.getText()).isEmpty();
            assertThat(ok.isDisabled()).isFalse();
            assertThat(dialog.getResultConverter().call(AddPartitionsDialog.ADD)).isEqualTo(6);
            assertThat(dialog.getResultConverter().call(ButtonType.CANCEL)).isNull();
            assertThat(dialog.getDialogPane().getContent().lookupAll(".label")).anySatisfy(label ->
                    assertThat(((Label) label).getText()).contains("hash modulo the partition count"));
        });
    }

    @Test
    void aProblemAndTheNoteOnKeysBothShowWholeOnALaptopScreenAtEveryTextSize() throws Exception {
        Stage owner = FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            owner.setScene(new Scene(new StackPane(), 1366, 768));
            owner.show();
        });
        for (double fontSize : new double[] {14, 20, 26}) {
            ListChangeListener<Window> styler = UiTestSupport.textSizeAsShown(fontSize);
            AtomicReference<AddPartitionsDialog> shown = new AtomicReference<>();
            UiTestSupport.onFx(() -> {
                Window.getWindows().addListener(styler);
                AddPartitionsDialog dialog = new AddPartitionsDialog(owner, "orders", 3);
                dialog.show();
                shown.set(dialog);
            });
            WaitForAsyncUtils.waitForFxEvents();
            try {
                double[] okWas = new double[1];
                UiTestSupport.onFx(() -> {
                    okWas[0] = shown.get().getDialogPane().lookup("#topic-add-partitions-ok").localToScreen(0, 0).getY();
                    ((TextField) shown.get().getDialogPane().lookup("#topic-add-partitions-total")).setText("2");
                });
                WaitForAsyncUtils.waitForFxEvents();
                UiTestSupport.onFx(() -> {
                    DialogPane pane = shown.get().getDialogPane();
                    pane.getScene().getRoot().applyCss();
                    pane.getScene().getRoot().layout();
                    Label problem = (Label) pane.lookup("#topic-add-partitions-problem");
                    Label keys = (Label) pane.lookup("#topic-add-partitions-keys");
                    assertThat(problem.getText()).startsWith("Partitions can only be added");
                    for (Label label : List.of(problem, keys)) {
                        assertThat(drawn(label)).as(fontSize + " px: wrapped, not cut with an ellipsis")
                                .isEqualTo(label.getText());
                    }
                    Node ok = pane.lookup("#topic-add-partitions-ok");
                    assertThat(keys.localToScene(keys.getLayoutBounds()).getMaxY()).as(fontSize + " px: above OK")
                            .isLessThanOrEqualTo(ok.localToScene(0, 0).getY());
                    assertThat(ok.localToScreen(0, 0).getY()).as(fontSize + " px: OK where the pointer was going")
                            .isCloseTo(okWas[0], Offset.offset(1.5));
                    Window window = pane.getScene().getWindow();
                    assertThat(window.getY() + window.getHeight()).as("on the screen")
                            .isLessThanOrEqualTo(Screen.getPrimary().getVisualBounds().getMaxY());
                });
            } finally {
                UiTestSupport.onFx(() -> {
                    Window.getWindows().removeListener(styler);
                    shown.get().close();
                });
            }
        }
    }

    /** The label's text as drawn, its wrapped lines joined: an ellipsis shows where it was cut. */
    static String drawn(Label label) {
        String text = label.lookupAll(".text").stream().map(n -> ((Text) n).getText())
                .collect(Collectors.joining(" "));
        return text.replace("\n", " ").replaceAll("\\s+", " ").trim();
    }
}
