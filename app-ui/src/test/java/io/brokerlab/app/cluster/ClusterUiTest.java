package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.MainWindow;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import io.brokerlab.launcher.testing.TestClusters;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The cluster view on a folder that is not a workspace yet: the wizard creates one and its nodes appear. */
class ClusterUiTest {

    @TempDir
    Path temp;

    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        UiTestSupport.close(window);
    }

    @Test
    void createsAClusterWithTheWizardAndShowsItsNodes() throws Exception {
        Path dir = temp.resolve("lab");
        window = UiTestSupport.launch(dir, false);
        assertThat(robot.lookup("#create-cluster").tryQuery()).isPresent();
        UiTestSupport.screenshots(window, "cluster-empty");

        UiTestSupport.click(robot, "#create-cluster");
        // the folder is looked at off the FX thread; Create waits for the answer
        UiTestSupport.waitFor(10, "the wizard's folder check", () -> robot.lookup("#wizard-create").tryQuery()
                .map(button -> !button.isDisabled()).orElse(false));
        assertThat(robot.lookup("#wizard-problem").queryLabeled().getText()).isEmpty();
        Spinner<Integer> brokerPort = robot.lookup("#wizard-broker-port").query();
        int port = brokerPort.getValue();
        UiTestSupport.click(robot, "#wizard-broker-port .text-field");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.X, KeyCode.BACK_SPACE, KeyCode.ENTER);
        UiTestSupport.waitFor(5, "the port field showing its value again", () ->
                brokerPort.getEditor().getText().equals(String.valueOf(port)));
        assertThat(brokerPort.getValue()).as("no number typed: the value kept").isEqualTo(port);
        UiTestSupport.waitFor(10, "the wizard's checks after the port field's Enter", () -> robot
                .lookup("#wizard-create").tryQuery().map(button -> !button.isDisabled()).orElse(false));
        Button create = robot.lookup("#wizard-create").queryButton();
        UiTestSupport.screenshots(window, create.getScene(), "create-cluster-wizard");
        assertThat(create.isDisabled()).isFalse();
        UiTestSupport.click(robot, "#wizard-create");

        UiTestSupport.waitFor(20, "the node cards", () -> robot.lookup("#card-broker-3").tryQuery().isPresent());
        assertThat(Workspace.isWorkspace(dir)).isTrue();
        Node start = robot.lookup("#start-broker-1").query();
        assertThat(start.isVisible()).isTrue();
        assertThat(robot.lookup("#kill-broker-1").query().isVisible()).isFalse();
        Workspace ws = Workspace.open(dir);
        assertThat(robot.lookup("#ports-broker-1").queryLabeled().getText()).isEqualTo(
                ws.clientPort(NodeId.broker(1)) + " · agent " + ws.agentPort(NodeId.broker(1)));
        assertThat(robot.lookup("#cluster-summary").queryLabeled().getText()).startsWith("0 of 4 nodes running");
        UiTestSupport.screenshots(window, "cluster-stopped");
    }

    @Test
    void theKeyboardSelectsTheCardToKillAndTheKillKeySaysWhyItCannot() throws Exception {
        Path dir = temp.resolve("lab");
        TestClusters.workspace(dir, 1, 2);
        window = UiTestSupport.launch(dir, false);
        UiTestSupport.waitFor(20, "the node cards", () -> robot.lookup("#card-broker-2").tryQuery().isPresent());
        assertThat(selected("#card-broker-2")).as("the default target, marked").isTrue();

        UiTestSupport.click(robot, "#card-broker-1");
        UiTestSupport.waitFor(5, "broker-1 selected by the click", () -> selected("#card-broker-1"));
        assertThat(selected("#card-broker-2")).isFalse();
        robot.type(KeyCode.LEFT);
        UiTestSupport.waitFor(5, "zk-1 selected by the arrow key", () -> selected("#card-zk-1")
                && robot.lookup("#card-zk-1").query().isFocused());
        assertThat(selected("#card-broker-1")).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        UiTestSupport.waitFor(5, "why the kill did nothing", () -> robot.lookup("#cluster-status").queryLabeled()
                .getText().startsWith("Cannot kill zk-1: it is stopped"));
        assertThat(robot.lookup("#cluster-status").query().isVisible()).isTrue();
        UiTestSupport.screenshots(window, "cluster-kill-refused");
    }

    private boolean selected(String card) {
        return robot.lookup(card).query().getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected"));
    }
}
