package io.brokerlab.app.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.MainWindow;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The description beside the form describes the key the user is on, whatever a search rebuilds behind it; raw
 * mode's find reveals a match without cutting the start off every line.
 */
class PropertiesDescriptionUiTest {

    @TempDir
    Path temp;

    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        UiTestSupport.close(window);
    }

    /** Opens the app on {@code dir} with the Properties view and its form on screen. */
    private PropertiesViewModel openProperties(Path dir) throws Exception {
        window = UiTestSupport.launch(dir, false);
        return PropertiesScreen.open(window, robot);
    }

    private String described() {
        return robot.lookup("#properties-description-key").queryLabeled().getText();
    }

    /** The search's matches are in the form, a drop-down among them (log.cleanup.policy's docs say "retention"). */
    private void waitForTheMatches(PropertiesViewModel model, PropertySheet sheet) {
        UiTestSupport.waitFor(10, "the matches in the form", () -> "retention".equals(model.searchProperty().get())
                && EntryEditors.inputOf(sheet, model.entry("log.cleanup.policy")) instanceof javafx.scene.control.Control
                        combo && combo.getSkin() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSearchDescribesItsFirstMatchAndRawModeTheLineUnderTheCaret() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 1);
        PropertiesViewModel model = openProperties(dir);
        PropertySheet sheet = robot.lookup("#properties-sheet").query();
        // the user is on a key, which the search then hides
        UiTestSupport.onFx(() -> EntryEditors.inputOf(sheet, model.entry("broker.id")).requestFocus());
        UiTestSupport.waitFor(10, "broker.id described", () -> "broker.id".equals(described()));

        UiTestSupport.click(robot, "#properties-search").write("retention");
        waitForTheMatches(model, sheet);
        UiTestSupport.onFx(() -> {
            assertThat(model.visibleEntries().get(0).key()).contains("retention");
            assertThat(described()).as("the first match").isEqualTo(model.visibleEntries().get(0).key());
        });

        UiTestSupport.onFx(() -> model.searchProperty().set(""));
        UiTestSupport.click(robot, "#properties-raw");
        TextArea raw = robot.lookup("#properties-raw-text").query();
        UiTestSupport.waitFor(10, "the raw text", raw::isVisible);
        UiTestSupport.click(robot, "#properties-search").write("retention");
        waitForTheMatches(model, sheet);
        UiTestSupport.onFx(() -> {
            String line = RawLines.keyAt(raw.getText(), raw.getCaretPosition());
            assertThat(raw.getSelectedText()).isEqualToIgnoringCase("retention");
            assertThat(line).as("a find in the test file lands on a key's line").isNotNull();
            assertThat(described()).as("the key of the line found").isEqualTo(line);
        });
    }

    /**
     * Raw mode opens on the line of the key the form described, and the description follows the caret from there:
     * off a key's line (a blank line, a comment, a line emptied under the caret) it describes nothing and says why.
     */
    @Test
    void inRawModeTheDescriptionFollowsTheCaretOffKeysToo() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 1);
        PropertiesViewModel model = openProperties(dir);
        PropertySheet sheet = robot.lookup("#properties-sheet").query();
        UiTestSupport.onFx(() -> EntryEditors.inputOf(sheet, model.entry("broker.id")).requestFocus());
        UiTestSupport.waitFor(10, "broker.id described", () -> "broker.id".equals(described()));

        UiTestSupport.click(robot, "#properties-raw");
        TextArea raw = robot.lookup("#properties-raw-text").query();
        UiTestSupport.waitFor(10, "the raw text", raw::isVisible);
        UiTestSupport.onFx(() -> {
            assertThat(raw.getCaretPosition()).as("on broker.id's line").isEqualTo(RawLines.positionOf(raw.getText(),
                    "broker.id"));
            assertThat(described()).isEqualTo("broker.id");
            raw.requestFocus();
        });
        javafx.scene.control.Labeled key = robot.lookup("#properties-description-key").queryLabeled();
        javafx.scene.control.Labeled hint = robot.lookup("#properties-description-hint").queryLabeled();

        robot.type(KeyCode.UP); // the generated file has a blank line above broker.id
        UiTestSupport.waitFor(10, "no key described", () -> !key.isVisible() && hint.isVisible());
        assertThat(hint.getText()).startsWith("The line under the caret sets no key");
        robot.type(KeyCode.UP);
        UiTestSupport.onFx(() -> assertThat(raw.getText().split("\n", -1)[1]).startsWith("#"));
        assertThat(key.isVisible()).as("a comment").isFalse();

        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        UiTestSupport.waitFor(10, "broker.id described again", () -> key.isVisible() && "broker.id".equals(described()));
        // the line emptied under a caret that does not move
        robot.type(KeyCode.HOME).press(KeyCode.SHIFT).type(KeyCode.END).release(KeyCode.SHIFT).type(KeyCode.DELETE);
        UiTestSupport.waitFor(10, "the emptied line describes nothing", () -> !key.isVisible() && hint.isVisible());
    }

    /** A find that scrolled far right and then lands near the start of a line shows that line from its start. */
    @Test
    void rawFindScrollsSidewaysOnlyForAMatchBeyondTheRightEdge() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 1);
        Path file = dir.resolve("server-1.properties");
        java.nio.file.Files.writeString(file, "# " + "far ".repeat(80) + "needle\n# a needle near the start\n"
                + java.nio.file.Files.readString(file));
        PropertiesViewModel model = openProperties(dir);
        UiTestSupport.click(robot, "#properties-raw");
        TextArea raw = robot.lookup("#properties-raw-text").query();
        UiTestSupport.waitFor(10, "the raw text", raw::isVisible);

        UiTestSupport.click(robot, "#properties-search").write("needle");
        UiTestSupport.waitFor(10, "the match far right", () -> raw.getSelection().getStart() == raw.getText()
                .indexOf("needle"));
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.onFx(() -> assertThat(raw.getScrollLeft()).as("scrolled to it").isPositive());

        robot.type(KeyCode.ENTER);
        UiTestSupport.waitFor(10, "the match near the start", () -> raw.getSelection().getStart() == raw.getText()
                .indexOf("needle near"));
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.onFx(() -> assertThat(raw.getScrollLeft()).as("the lines shown from their start").isZero());
        assertThat(model.findStatusProperty().get()).isEqualTo("2 of 2");
    }
}
