package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class DialogFitTest {

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static Stage shownOwner() throws Exception {
        Stage owner = FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1000, 700));
            owner.show();
        });
        return owner;
    }

    @Test
    void buttonsMeasuredBeforeTheTextSizeWasKnownShowTheirWholeLabel() throws Exception {
        Stage owner = shownOwner();
        ListChangeListener<Window> styler = UiTestSupport.textSizeAsShown(26);
        AtomicReference<Alert> shown = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            Window.getWindows().addListener(styler);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Nodes of the workspace's cluster are still running."
                    + " Stop them, or leave them running for the command line and the next start of the app?",
                    new ButtonType("Stop nodes", ButtonBar.ButtonData.YES), new ButtonType("Leave running",
                    ButtonBar.ButtonData.NO), ButtonType.CANCEL);
            ask.initOwner(owner);
            ask.show();
            shown.set(ask);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            UiTestSupport.onFx(() -> {
                DialogPane pane = shown.get().getDialogPane();
                pane.applyCss();
                pane.layout();
                List<Button> buttons = pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t)).toList();
                assertThat(buttons).allSatisfy(button -> assertThat(((Text) button.lookup(".text")).getText())
                        .as("drawn, not cut to an ellipsis").isEqualTo(button.getText()));
                javafx.geometry.Bounds inside = pane.localToScene(pane.getLayoutBounds());
                assertThat(buttons).allSatisfy(button -> {
                    javafx.geometry.Bounds at = button.localToScene(button.getLayoutBounds());
                    assertThat(at.getMinX()).as(button.getText() + " within the dialog")
                            .isGreaterThanOrEqualTo(inside.getMinX());
                    assertThat(at.getMaxX()).as(button.getText() + " within the dialog")
                            .isLessThanOrEqualTo(inside.getMaxX());
                });
            });
        } finally {
            UiTestSupport.onFx(() -> {
                Window.getWindows().removeListener(styler);
                shown.get().close();
            });
        }
    }

    @Test
    void aDialogAskedForInEmsGrowsWithTheTextButStaysOnItsScreen() throws Exception {
        Stage owner = shownOwner();
        ListChangeListener<Window> styler = UiTestSupport.textSizeAsShown(20);
        AtomicReference<Dialog<Void>> shown = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            Window.getWindows().addListener(styler);
            Dialog<Void> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            DialogFit.preferEms(dialog.getDialogPane(), 30, 20);
            dialog.show();
            shown.set(dialog);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            UiTestSupport.onFx(() -> {
                assertThat(shown.get().getDialogPane().getWidth()).isEqualTo(600);
                Rectangle2D screen = DialogFit.screenOf(shown.get().getDialogPane().getScene().getWindow());
                Window window = shown.get().getDialogPane().getScene().getWindow();
                assertThat(window.getX()).isBetween(screen.getMinX(), screen.getMaxX() - window.getWidth());
                assertThat(window.getY()).isBetween(screen.getMinY(), screen.getMaxY() - window.getHeight());
            });
        } finally {
            UiTestSupport.onFx(() -> {
                Window.getWindows().removeListener(styler);
                shown.get().close();
            });
        }
    }

    @Test
    void aFormTallerThanTheScreenScrollsInsteadOfGrowingPastIt() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            DialogPane pane = new DialogPane();
            VBox form = new VBox();
            for (int i = 0; i < 60; i++) {
                Label line = new Label("Line " + i);
                line.setMinHeight(Label.USE_PREF_SIZE);
                form.getChildren().add(line);
            }
            pane.setContent(form);
            pane.getButtonTypes().add(ButtonType.OK);
            new javafx.scene.Scene(pane).getRoot().setStyle("-fx-font-size: 26px;");
            pane.applyCss();

            DialogFit.withinScreen(pane, 900, 600);

            assertThat(pane.prefHeight(-1)).isEqualTo(600);
            Node content = pane.getContent();
            assertThat(content).isInstanceOf(ScrollPane.class);
            assertThat(((ScrollPane) content).getContent()).isSameAs(form);
        });
    }

    /** At a projector's text size the details of an error are taller than the screen: they scroll, OK stays on it. */
    @Test
    void detailsShownAtLargeTextKeepTheButtonsOnTheScreen() throws Exception {
        Stage owner = shownOwner();
        ListChangeListener<Window> styler = UiTestSupport.textSizeAsShown(26);
        AtomicReference<Alert> shown = new AtomicReference<>();
        AtomicReference<Double> expanded = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            Window.getWindows().addListener(styler);
            Alert error = Dialogs.error(owner, "broker-3 did not start", new IllegalStateException("timed out"));
            error.show();
            shown.set(error);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            UiTestSupport.onFx(() -> shown.get().getDialogPane().setExpanded(true));
            WaitForAsyncUtils.waitForFxEvents();
            UiTestSupport.onFx(() -> {
                DialogPane pane = shown.get().getDialogPane();
                Window window = pane.getScene().getWindow();
                Rectangle2D screen = DialogFit.screenOf(window);
                assertThat(window.getHeight()).as("taller than its screen").isLessThanOrEqualTo(screen.getHeight());
                javafx.geometry.Bounds ok = pane.lookupButton(ButtonType.OK).localToScreen(
                        pane.lookupButton(ButtonType.OK).getLayoutBounds());
                assertThat(ok.getMaxY()).as("OK within reach").isLessThanOrEqualTo(screen.getMaxY());
                assertThat(ok.getMinY()).isGreaterThanOrEqualTo(screen.getMinY());
                expanded.set(window.getHeight());
                pane.setExpanded(false);
            });
            WaitForAsyncUtils.waitForFxEvents();
            UiTestSupport.onFx(() -> assertThat(shown.get().getDialogPane().getScene().getWindow().getHeight())
                    .as("details hidden again: as small as before").isLessThan(expanded.get() / 2));
        } finally {
            UiTestSupport.onFx(() -> {
                Window.getWindows().removeListener(styler);
                shown.get().close();
            });
        }
    }

    /**
     * An error's details are wide enough to read a log line, and Copy hands over all of it: what happened, what to do
     * and the stack trace, as a bug report or a question needs.
     */
    @Test
    void anErrorsDetailsAreCopiedWithWhatHappened() throws Exception {
        Stage owner = shownOwner();
        AtomicReference<Alert> shown = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            Alert error = Dialogs.error(owner, "broker-3 did not start", new IllegalStateException("timed out"));
            error.show();
            error.getDialogPane().setExpanded(true);
            shown.set(error);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            UiTestSupport.onFx(() -> {
                DialogPane pane = shown.get().getDialogPane();
                javafx.scene.control.TextArea details = (javafx.scene.control.TextArea) pane.lookup(".text-area");
                assertThat(details.getWidth()).as("a log line's time, level and words").isGreaterThan(
                        new Text("[2026-12-07 14:45:21,331] ERROR Exiting Kafka due to").getLayoutBounds().getWidth());
                javafx.scene.input.Clipboard.getSystemClipboard().clear();
                ((Button) pane.lookup("#error-copy")).fire();
                assertThat(javafx.scene.input.Clipboard.getSystemClipboard().getString())
                        .startsWith("broker-3 did not start\ntimed out\n\nCheck that the cluster runs")
                        .contains("java.lang.IllegalStateException: timed out", "at io.brokerlab.app");
            });
            UiTestSupport.screenshot(shown.get().getDialogPane().getScene(), "error-details");
        } finally {
            UiTestSupport.onFx(() -> shown.get().close());
        }
    }
}
