package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class ShownSizeTest {

    @Test
    void theSizeAskedForWinsOverTheOneAWindowManagerGaveAtShowing() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<Stage> shown = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane()));
            stage.setWidth(1000);
            stage.setHeight(700);
            ShownSize.reapply(stage, () -> {
                stage.setWidth(1000);
                stage.setHeight(700);
            });
            // what openbox did: the window mapped at its minimum size, whatever was asked before
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                stage.setWidth(300);
                stage.setHeight(200);
            });
            stage.show();
            shown.set(stage);
        });
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                    shown.get().getWidth() == 1000 && shown.get().getHeight() == 700);
        } finally {
            UiTestSupport.onFx(() -> shown.get().close());
        }
    }

    @Test
    void aDialogShrunkAtShowingGetsItsPreferredSizeBack() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<Dialog<Void>> shown = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            Dialog<Void> dialog = new Dialog<>();
            dialog.getDialogPane().setPrefSize(900, 600);
            dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
            Window window = dialog.getDialogPane().getScene().getWindow();
            ShownSize.reapplyPreferred(window);
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> window.setWidth(400));
            dialog.show();
            shown.set(dialog);
        });
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(shown.get().getDialogPane().getWidth()).as("window %s, scene %s",
                            shown.get().getWidth(), shown.get().getDialogPane().getScene().getWidth()).isEqualTo(900));
        } finally {
            UiTestSupport.onFx(() -> shown.get().close());
        }
    }
}
