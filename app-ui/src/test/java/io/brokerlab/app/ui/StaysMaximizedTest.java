package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless there is no window manager to take the window out of its maximized state as a modal dialog disables it
 * (openbox does, with JavaFX 21's GTK glass): the tests do what it does, {@code setMaximized(false)} once the dialog
 * is shown.
 */
class StaysMaximizedTest {

    private final AtomicReference<StaysMaximized> keeper = new AtomicReference<>();

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private Stage shown(boolean maximized) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            stage.setScene(new Scene(new StackPane(), 1000, 700));
            stage.show();
            stage.setMaximized(maximized);
            keeper.set(StaysMaximized.across(stage));
        });
        return stage;
    }

    private static Alert dialog(Stage owner, Modality modality) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete the topic?");
        alert.initOwner(owner);
        alert.initModality(modality);
        alert.show();
        return alert;
    }

    private static boolean maximizedAfterAllSettled(Stage stage) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicBoolean maximized = new AtomicBoolean();
        UiTestSupport.onFx(() -> maximized.set(stage.isMaximized()));
        return maximized.get();
    }

    @Test
    void aMaximizedWindowTheWindowManagerRestoredUnderADialogIsMaximizedAgainWhenItCloses() throws Exception {
        for (Modality modality : new Modality[] {Modality.WINDOW_MODAL, Modality.APPLICATION_MODAL}) {
            Stage stage = shown(true);
            AtomicReference<Alert> alert = new AtomicReference<>();
            UiTestSupport.onFx(() -> {
                alert.set(dialog(stage, modality));
                stage.setMaximized(false);
            });
            UiTestSupport.onFx(() -> alert.get().close());
            assertThat(maximizedAfterAllSettled(stage)).as(modality.toString()).isTrue();
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void withDialogsOverDialogsOnlyTheLastClosingMaximizesAgain() throws Exception {
        Stage stage = shown(true);
        AtomicReference<Alert> outer = new AtomicReference<>();
        AtomicReference<Alert> inner = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            outer.set(dialog(stage, Modality.WINDOW_MODAL));
            stage.setMaximized(false);
            inner.set(dialog(stage, Modality.APPLICATION_MODAL));
        });
        UiTestSupport.onFx(() -> inner.get().close());
        assertThat(maximizedAfterAllSettled(stage)).as("a dialog still open: asked now, the window manager refuses")
                .isFalse();
        UiTestSupport.onFx(() -> outer.get().close());
        assertThat(maximizedAfterAllSettled(stage)).isTrue();
    }

    @Test
    void aSystemDialogOutsideTheWindowListIsShownThroughItAndAlsoMaximizesAgain() throws Exception {
        Stage stage = shown(true);
        AtomicReference<String> answer = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            // as the folder chooser's nested loop returns, the window manager has restored the window
            answer.set(keeper.get().around(() -> {
                stage.setMaximized(false);
                return "/tmp/lab";
            }));
        });
        assertThat(answer.get()).isEqualTo("/tmp/lab");
        assertThat(maximizedAfterAllSettled(stage)).isTrue();
    }

    @Test
    void aWindowNotMaximizedOrADialogThatBlocksNothingLeavesItAsItIs() throws Exception {
        Stage normal = shown(false);
        AtomicReference<Alert> alert = new AtomicReference<>();
        UiTestSupport.onFx(() -> alert.set(dialog(normal, Modality.WINDOW_MODAL)));
        UiTestSupport.onFx(() -> alert.get().close());
        assertThat(maximizedAfterAllSettled(normal)).isFalse();
        FxToolkit.cleanupStages();

        // beside a dialog that does not block it, the user may restore the window, and it stays so
        Stage stage = shown(true);
        UiTestSupport.onFx(() -> {
            alert.set(dialog(stage, Modality.NONE));
            stage.setMaximized(false);
        });
        UiTestSupport.onFx(() -> alert.get().close());
        assertThat(maximizedAfterAllSettled(stage)).isFalse();
    }
}
