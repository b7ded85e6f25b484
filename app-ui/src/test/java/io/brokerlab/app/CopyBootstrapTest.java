package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;

/** The header's copy button beside the workspace's addresses: what a user's own client needs first. */
class CopyBootstrapTest {

    @TempDir
    Path temp;

    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        UiTestSupport.close(window);
    }

    @Test
    void copiesTheBootstrapServersAndTicksForAMoment() throws Exception {
        Path dir = temp.resolve("ws");
        Workspace workspace = TestClusters.workspace(dir, 1, 3);
        window = UiTestSupport.launch(dir, false);
        UiTestSupport.onFx(() -> {
            ClipboardContent before = new ClipboardContent();
            before.putString("something else");
            Clipboard.getSystemClipboard().setContent(before);
        });
        Button copy = robot.lookup("#copy-bootstrap").queryButton();

        UiTestSupport.click(robot, "#copy-bootstrap");

        UiTestSupport.waitFor(10, "the bootstrap servers on the clipboard", () ->
                workspace.bootstrapServers().equals(Clipboard.getSystemClipboard().getString()));
        assertThat(workspace.bootstrapServers()).startsWith("127.0.0.1:");
        UiTestSupport.waitFor(10, "the tick", () -> copy.getGraphic() instanceof FontIcon icon
                && icon.getIconCode() == Feather.CHECK);
        UiTestSupport.waitFor(10, "the copy icon again", () -> copy.getGraphic() instanceof FontIcon icon
                && icon.getIconCode() == Feather.COPY);
    }
}
