package io.brokerlab.app.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.MainWindow;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** "Apply to all brokers" under a broker key's description: offered, refused with why, and writing every file. */
class ApplyToAllBrokersUiTest {

    @TempDir
    Path temp;

    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        UiTestSupport.close(window);
    }

    /** As a click on a key's problem does it: shown in the form and described. */
    private void describe(PropertiesViewModel model, String key) {
        UiTestSupport.onFx(() -> model.reveal(key));
        UiTestSupport.waitFor(10, key + " described", () -> key.equals(robot.lookup("#properties-description-key")
                .queryLabeled().getText()));
    }

    @Test
    void aBrokersKeyIsAppliedToEveryBrokersFileAndOneOfEachBrokersOwnIsNot() throws Exception {
        Path dir = temp.resolve("ws");
        Workspace workspace = TestClusters.workspace(dir, 1, 3);
        window = UiTestSupport.launch(dir, false);
        PropertiesViewModel model = PropertiesScreen.open(window, robot);
        Node box = robot.lookup("#properties-apply-all-box").query();
        Button apply = robot.lookup("#properties-apply-all").queryButton();
        Labeled why = robot.lookup("#properties-apply-all-why").queryLabeled();

        describe(model, "broker.id");
        assertThat(box.isVisible()).isTrue();
        assertThat(apply.isDisabled()).isTrue();
        assertThat(why.isVisible()).isTrue();
        assertThat(why.getText()).isEqualTo("broker.id must differ per broker: each broker has an id of its own."
                + " Set it in each broker's file.");

        describe(model, "min.insync.replicas");
        UiTestSupport.onFx(() -> model.entry("min.insync.replicas").valueProperty().set("1"));
        UiTestSupport.waitFor(10, "the offer, naming the key and value", () -> !apply.isDisabled()
                && why.getText().equals("Sets min.insync.replicas=1 in every broker's file"));
        UiTestSupport.click(robot, "#properties-apply-all");
        // each broker's file is checked in the background first: Kafka's config definitions, read once, can take a
        // while on a loaded machine
        UiTestSupport.waitFor(30, "the confirmation", () -> robot.lookup("#properties-apply-all-confirm").tryQuery()
                .isPresent());
        DialogPane confirm = robot.lookup(".dialog-pane").query();
        assertThat(confirm.getHeaderText()).isEqualTo("Set min.insync.replicas=1 in every broker's file?");
        assertThat(confirm.getContentText()).startsWith("Writes the files of broker-1, broker-2 and broker-3");
        UiTestSupport.click(robot, "#properties-apply-all-confirm");

        UiTestSupport.waitFor(30, "every file written", () -> model.messageProperty().get()
                .equals("Set min.insync.replicas=1 in the files of broker-1, broker-2 and broker-3"));
        for (NodeId broker : workspace.definition().brokerIds()) {
            assertThat(Files.readString(workspace.propertiesFile(broker))).contains("\nmin.insync.replicas=1\n")
                    .startsWith("# " + broker + " of a Brokerlab cluster");
        }
        assertThat(robot.lookup("#properties-restart-now").tryQuery()).as("no broker runs: none to restart")
                .isEmpty();
        assertThat(model.dirtyProperty().get()).isFalse();

        // again: every file has it and no broker runs an older value
        UiTestSupport.click(robot, "#properties-apply-all");
        UiTestSupport.waitFor(30, "nothing to change", () -> robot.lookup("#properties-apply-all-nothing-ok")
                .tryQuery().isPresent());
        DialogPane told = robot.lookup(".dialog-pane").query();
        assertThat(told.getStyleClass()).as("an information, not a warning").contains("information");
        assertThat(told.getHeaderText()).isEqualTo("Nothing to change");
        assertThat(told.getContentText()).isEqualTo("Every broker's file already has min.insync.replicas=1.");
        UiTestSupport.click(robot, "#properties-apply-all-nothing-ok");
        UiTestSupport.waitFor(10, "closed", () -> robot.lookup("#properties-apply-all-nothing-ok").tryQuery()
                .isEmpty());

        // a ZooKeeper's file has no such offer, nor has raw mode
        ListView<NodeId> nodes = robot.lookup("#properties-nodes").queryListView();
        UiTestSupport.onFx(() -> nodes.getSelectionModel().select(NodeId.zookeeper(1)));
        UiTestSupport.waitFor(10, "zk-1's file", () -> model.entry("tickTime") != null);
        UiTestSupport.waitFor(10, "no offer for a ZooKeeper", () -> !box.isVisible());
        UiTestSupport.onFx(() -> nodes.getSelectionModel().select(NodeId.broker(2)));
        UiTestSupport.waitFor(10, "broker-2's file", () -> NodeId.broker(2).equals(model.nodeProperty().get())
                && model.entry("min.insync.replicas") != null);
        describe(model, "min.insync.replicas");
        UiTestSupport.waitFor(10, "the offer again", box::isVisible);
        UiTestSupport.click(robot, "#properties-raw");
        UiTestSupport.waitFor(10, "none in raw mode", () -> !box.isVisible());
    }

    private static double sceneY(Node node) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> node.localToScene(node.getLayoutBounds()).getMinY());
    }

    @Test
    void theButtonStaysPutWhileLinesComeAndGoUnderTheForm() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 3);
        window = UiTestSupport.launch(dir, false);
        PropertiesViewModel model = PropertiesScreen.open(window, robot);
        Button apply = robot.lookup("#properties-apply-all").queryButton();
        Node problems = robot.lookup("#properties-problems").query();
        describe(model, "min.insync.replicas");
        UiTestSupport.waitFor(10, "the button laid out", () -> apply.isVisible() && apply.getHeight() > 0);
        double y = sceneY(apply);
        assertThat(problems.isVisible()).as("a valid file: no problems list").isFalse();

        // an invalid value shows the problems under the form, as a restart put off shows its note there
        UiTestSupport.onFx(() -> model.entry("num.io.threads").valueProperty().set("abc"));
        UiTestSupport.waitFor(10, "the problems list", problems::isVisible);
        UiTestSupport.onFx(() -> apply.getScene().getRoot().layout());
        assertThat(sceneY(apply)).isEqualTo(y);
    }
}
