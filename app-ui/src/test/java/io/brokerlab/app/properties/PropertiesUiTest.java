package io.brokerlab.app.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.MainWindow;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** An invalid value typed into the form shows Kafka's validation error and disables Save. */
class PropertiesUiTest {

    @TempDir
    Path temp;

    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        UiTestSupport.close(window);
    }

    @Test
    void showsTheValidationErrorOfAnInvalidValue() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 3);
        window = UiTestSupport.launch(dir, false);
        UiTestSupport.click(robot, "#nav-properties");
        UiTestSupport.waitFor(20, "the form", () -> robot.lookup("#properties-sheet .text-field").tryQuery().isPresent());
        UiTestSupport.screenshots(window, "properties");

        UiTestSupport.click(robot, "#properties-search").write("num.network.threads");
        UiTestSupport.waitFor(10, "the filtered form", () ->
                robot.lookup("#properties-sheet .text-field").queryAll().size() == 1);
        TextField value = robot.lookup("#properties-sheet .text-field").query();
        robot.doubleClickOn(value).eraseText(value.getText().length() + 1).write("abc");
        UiTestSupport.waitFor(10, "the validation error", () ->
                robot.lookup("#properties-problems-title").queryLabeled().getText().startsWith("1 error"));
        assertThat(robot.lookup("#properties-save").queryButton().isDisabled()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.screenshots(window, "properties-invalid");

        UiTestSupport.click(robot, "#properties-raw");
        UiTestSupport.waitFor(10, "the raw text", () ->
                robot.lookup("#properties-raw-text").query().isVisible());
        UiTestSupport.screenshots(window, "properties-raw");
    }
}
