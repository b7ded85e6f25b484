package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** F1, the help button and the status bar's hint open one list of every key. */
class ShortcutsUiTest {

    @TempDir
    Path temp;

    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        UiTestSupport.close(window);
    }

    @Test
    void f1ListsEveryKeyOnceAndTheHintOpensTheSameList() throws Exception {
        Path dir = temp.resolve("lab");
        TestClusters.workspace(dir, 1, 2);
        window = UiTestSupport.launch(dir, false);
        Label hint = robot.lookup("#status-keys").queryAs(Label.class);
        assertThat(hint.getText()).startsWith("F1 all keys");

        robot.targetWindow(window.stage()).type(KeyCode.F1);
        UiTestSupport.waitFor(5, "the list of keys", () -> shownLists().size() == 1);
        List<String> texts = robot.from(shownLists().get(0)).lookup(".label").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(texts).contains("Window", "Ctrl+1", "Cluster (from every view)", "Ctrl+Shift+K",
                "kill the selected node (in Topics: the selected partition's leader)", "Ctrl+Enter", "send the message", "F1", "this list",
                "Ctrl+Shift+N", "new topic", "Ctrl+Shift+T", "tail the topic (again: start over)");

        UiTestSupport.screenshots(window, shownLists().get(0).getScene(), "shortcuts");
        robot.targetWindow(window.stage()).type(KeyCode.F1);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownLists()).as("a second F1 brings the open list forward").hasSize(1);
        UiTestSupport.onFx(() -> shownLists().get(0).getScene().getWindow().hide());
        UiTestSupport.waitFor(5, "the list closed", () -> shownLists().isEmpty());

        UiTestSupport.click(robot, "#status-keys");
        UiTestSupport.waitFor(5, "the list opened from the status bar", () -> shownLists().size() == 1);
        UiTestSupport.onFx(() -> shownLists().get(0).getScene().getWindow().hide());
    }

    private static List<DialogPane> shownLists() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(root -> "shortcuts-dialog".equals(root.getId())).map(DialogPane.class::cast).toList();
    }
}
