package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class CreateClusterDialogTest {

    @TempDir
    Path temp;

    @Test
    void everySpinnerTakesTypedDigitsOnEnter() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            CreateClusterDialog dialog = new CreateClusterDialog(null, temp.resolve("lab"));
            List<Spinner<?>> spinners = spinners(dialog.getDialogPane().getContent());
            assertThat(spinners).extracting(Node::getId)
                    .containsExactly("wizard-brokers", "wizard-zookeeper-port", "wizard-broker-port");
            assertThat(spinners).allSatisfy(s -> assertThat(s.isEditable()).as(s.getId()).isTrue());

            Spinner<?> brokers = spinners.get(0);
            brokers.getEditor().setText("5");
            brokers.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            assertThat(brokers.getValue()).isEqualTo(5);
            brokers.getEditor().setText("x");
            assertThat(brokers.getEditor().getText()).as("letters are not typed").isEqualTo("5");
        });
    }

    @Test
    void atALargeRoomsTextSizeTheButtonsAndTheFolderShowWhole() throws Exception {
        javafx.stage.Stage owner = FxToolkit.registerPrimaryStage();
        javafx.collections.ListChangeListener<javafx.stage.Window> styler = UiTestSupport.textSizeAsShown(26);
        java.util.concurrent.atomic.AtomicReference<CreateClusterDialog> shown = new java.util.concurrent.atomic.AtomicReference<>();
        UiTestSupport.onFx(() -> {
            owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1200, 800));
            owner.show();
            javafx.stage.Window.getWindows().addListener(styler);
            CreateClusterDialog dialog = new CreateClusterDialog(owner, Path.of("/home/ana/brokerlab/lab"));
            dialog.show();
            shown.set(dialog);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        try {
            UiTestSupport.onFx(() -> {
                var pane = shown.get().getDialogPane();
                pane.applyCss();
                pane.layout();
                for (var type : pane.getButtonTypes()) {
                    javafx.scene.control.Button button = (javafx.scene.control.Button) pane.lookupButton(type);
                    assertThat(((javafx.scene.text.Text) button.lookup(".text")).getText()).as("not cut")
                            .isEqualTo(button.getText());
                }
                javafx.scene.control.TextField folder = (javafx.scene.control.TextField) pane.lookup("#wizard-folder");
                javafx.scene.text.Text path = new javafx.scene.text.Text(folder.getText());
                path.setFont(folder.getFont());
                assertThat(folder.getWidth() - folder.snappedLeftInset() - folder.snappedRightInset())
                        .as("the folder's path in full").isGreaterThanOrEqualTo(path.getLayoutBounds().getWidth());
                javafx.stage.Window window = pane.getScene().getWindow();
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
                assertThat(window.getWidth()).as("within the screen").isLessThanOrEqualTo(screen.getWidth());
                assertThat(window.getHeight()).as("within the screen").isLessThanOrEqualTo(screen.getHeight());
            });
        } finally {
            UiTestSupport.onFx(() -> {
                javafx.stage.Window.getWindows().removeListener(styler);
                shown.get().close();
            });
            FxToolkit.cleanupStages();
        }
    }

    private static List<Spinner<?>> spinners(Node node) {
        List<Spinner<?>> found = new ArrayList<>();
        if (node instanceof Spinner<?> spinner) {
            found.add(spinner);
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> found.addAll(spinners(item)));
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(spinners(child)));
        }
        return found;
    }
}
