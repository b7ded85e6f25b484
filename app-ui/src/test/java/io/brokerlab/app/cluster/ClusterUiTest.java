package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import io.brokerlab.app.MainWindow;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.config.ClusterDefinition;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The cluster view: a folder that is not a workspace yet, the wizard that creates one, and its nodes' cards. */
class ClusterUiTest {

    @TempDir
    Path temp;

    private MainWindow window;
    private Path dir;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        try {
            UiTestSupport.close(window);
        } finally {
            // whatever the test left running, stopped by the launcher (the window's session is closed by now)
            if (dir != null && Workspace.isWorkspace(dir)) {
                TestClusters.tearDown(LocalCluster.open(Workspace.open(dir)));
            }
        }
    }

    /**
     * The first proof: a new cluster made in the wizard, started from its cards with its progress shown, its
     * log searched, and the window closed while it stops.
     */
    @Test
    void createsAClusterWithTheWizardStartsItAndClosesWhileItStops() throws Exception {
        dir = temp.resolve("lab");
        // ports TestClusters found free (in a scratch workspace), typed in: 2181 and 9092 may be a user's own cluster
        ClusterDefinition free = TestClusters.workspace(temp.resolve("free-ports"), 1, 3).definition();
        window = UiTestSupport.launch(dir, false);
        assertThat(robot.lookup("#create-cluster").tryQuery()).isPresent();
        UiTestSupport.screenshots(window, "cluster-empty");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U).release(KeyCode.U, KeyCode.SHIFT, KeyCode.CONTROL);
        UiTestSupport.waitFor(5, "why Start all did nothing", () -> robot.lookup("#status-keys").queryLabeled()
                .getText().startsWith("No local cluster here"));

        UiTestSupport.click(robot, "#create-cluster");
        // the folder is looked at off the FX thread; Create waits for the answer
        UiTestSupport.waitFor(10, "the wizard's folder check", () -> robot.lookup("#wizard-create").tryQuery()
                .isPresent());
        Spinner<Integer> brokerPort = robot.lookup("#wizard-broker-port").query();
        int port = brokerPort.getValue();
        selectAllIn("#wizard-broker-port");
        robot.type(KeyCode.X, KeyCode.BACK_SPACE, KeyCode.ENTER);
        UiTestSupport.waitFor(5, "the port field showing its value again", () ->
                brokerPort.getEditor().getText().equals(String.valueOf(port)));
        assertThat(brokerPort.getValue()).as("no number typed: the value kept").isEqualTo(port);

        typePort("#wizard-zookeeper-port", free.zookeeperPort());
        typePort("#wizard-broker-port", free.brokerPort());
        UiTestSupport.waitFor(10, "the wizard's checks of the typed ports", () -> robot.lookup("#wizard-create")
                .tryQuery().map(button -> !button.isDisabled()).orElse(false));
        assertThat(robot.lookup("#wizard-problem").queryLabeled().getText()).isEmpty();
        Button create = robot.lookup("#wizard-create").queryButton();
        UiTestSupport.screenshots(window, create.getScene(), "create-cluster-wizard");
        UiTestSupport.click(robot, "#wizard-create");

        UiTestSupport.waitFor(20, "the node cards", () -> robot.lookup("#card-broker-3").tryQuery().isPresent());
        assertThat(Workspace.isWorkspace(dir)).isTrue();
        Workspace ws = Workspace.open(dir);
        assertThat(ws.definition()).isEqualTo(free);
        assertThat(robot.lookup("#start-broker-1").query().isVisible()).isTrue();
        // in its place, disabled: the buttons keep their places in every state
        assertThat(robot.lookup("#kill-broker-1").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#ports-broker-1").queryLabeled().getText()).isEqualTo(
                ws.clientPort(NodeId.broker(1)) + " · agent " + ws.agentPort(NodeId.broker(1)));
        assertThat(robot.lookup("#cluster-summary").queryLabeled().getText()).startsWith("0 of 4 nodes running");
        // what to do next, beside Start all
        assertThat(robot.lookup("#cluster-start-hint").query().isVisible()).isTrue();
        assertThat(robot.lookup("#cluster-start-hint").queryLabeled().getText()).startsWith("Start all (");
        UiTestSupport.screenshots(window, "cluster-stopped");

        UiTestSupport.click(robot, "#start-all");
        // ZooKeeper alone takes seconds to serve: long enough to see where the start has got
        UiTestSupport.waitFor(10, "Start all's progress", () -> robot.lookup("#cluster-progress").query().isVisible()
                && robot.lookup("#cluster-progress .cluster-progress-step").queryLabeled().getText()
                .startsWith("Starting: "));
        assertThat(robot.lookup("#cluster-start-hint").query().isVisible()).as("the progress in its place").isFalse();
        UiTestSupport.screenshots(window, "cluster-starting");
        UiTestSupport.waitFor(180, "every card showing its node running", () -> {
            List<String> states = robot.lookup(".node-card .state-badge").queryAll().stream()
                    .map(badge -> ((Labeled) badge).getText()).toList();
            return states.size() == 4 && states.stream().allMatch("running"::equals);
        });
        assertThat(robot.lookup("#cluster-summary").queryLabeled().getText()).startsWith("4 of 4 nodes running");
        everyCardWholeAboveTheLogAt(1366, 768);
        aDraggedDividerStaysWhereItWasDropped();
        assertThat(robot.lookup("#kill-broker-1").query().isDisabled()).isFalse();
        // the cards show the nodes running as soon as they are; Start all completes a moment later
        UiTestSupport.waitFor(10, "no progress once Start all is done", () -> !robot.lookup("#cluster-progress")
                .query().isVisible());

        // the log's search (Ctrl+F: no click that a layout still settling could send elsewhere): the lines found
        // counted beside the field, the found text marked in them
        robot.targetWindow(window.stage());
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F);
        UiTestSupport.waitFor(5, "the log's search focused", () -> robot.lookup("#log-search").query().isFocused());
        robot.write("started");
        UiTestSupport.waitFor(20, "the search's count", () -> robot.lookup("#log-matches").queryLabeled().getText()
                .matches("[1-9][\\d,]* of [\\d,]+ lines"));
        UiTestSupport.waitFor(5, "the found text marked", () -> robot.lookup("#log-lines .log-match").tryQuery()
                .isPresent());
        UiTestSupport.screenshots(window, "cluster-log-search");
        // the line found stays selected when the search is cleared and every line shows again
        ListView<LogLine> lines = robot.lookup("#log-lines").queryListView();
        // the list fills its height with empty rows: the found line is the first
        robot.clickOn(robot.lookup("#log-lines .list-cell").match(cell -> ((ListCell<?>) cell).getIndex() == 0)
                .<Node>query());
        UiTestSupport.waitFor(5, "the line found selected", () -> lines.getSelectionModel().getSelectedItems().size() == 1);
        UiTestSupport.click(robot, "#log-search");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        UiTestSupport.waitFor(5, "every line back, the found one still selected", () -> lines.getItems().size() > 1
                && lines.getSelectionModel().getSelectedItems().size() == 1
                && lines.getSelectionModel().getSelectedItem().text().contains("started"));

        // closing with "Stop nodes": which node stops and how many are done, over the window, and a way out
        Platform.runLater(() -> window.stage().fireEvent(new WindowEvent(window.stage(),
                WindowEvent.WINDOW_CLOSE_REQUEST)));
        UiTestSupport.waitFor(10, "the question's three buttons whole inside it", () -> {
            List<Node> buttons = List.of("#close-leave", "#close-stop", "#close-cancel").stream()
                    .flatMap(id -> robot.lookup(id).tryQuery().stream()).toList();
            return buttons.size() == 3 && buttons.stream().allMatch(b -> {
                javafx.geometry.Bounds at = b.localToScene(b.getLayoutBounds());
                return at.getMinX() >= 0 && at.getMaxX() <= b.getScene().getWidth()
                        && ((Labeled) b).getWidth() >= ((Labeled) b).prefWidth(-1) - 0.5;
            });
        });
        UiTestSupport.screenshot(robot.lookup("#close-stop").query().getScene(), "close-question");
        UiTestSupport.click(robot, "#close-stop");
        UiTestSupport.waitFor(10, "the stop's progress over the window", () -> robot
                .lookup("#stop-before-close .cluster-progress-step").tryQuery()
                .map(step -> ((Labeled) step).getText().matches("Stopping \\S+ · [0-3] of 4 stopped")).orElse(false));
        UiTestSupport.click(robot, "#close-leave-rest");
        UiTestSupport.waitFor(5, "the window closed at once", () -> !window.stage().isShowing());
    }

    private void selectAllIn(String spinner) {
        UiTestSupport.click(robot, spinner + " .text-field");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    }

    /**
     * Replaces a port spinner's text and commits it by leaving the field, as a user would who has more to change:
     * Enter would create the cluster as soon as the form is valid.
     */
    private void typePort(String spinner, int port) {
        selectAllIn(spinner);
        robot.write(String.valueOf(port)).type(KeyCode.TAB);
        Spinner<?> field = robot.lookup(spinner).query();
        UiTestSupport.waitFor(5, spinner + " holding " + port, () -> Integer.valueOf(port).equals(field.getValue()));
    }

    @Test
    void theKeyboardSelectsTheCardToKillAndTheKillKeySaysWhyItCannot() throws Exception {
        dir = temp.resolve("lab");
        TestClusters.workspace(dir, 1, 2);
        window = UiTestSupport.launch(dir, false);
        UiTestSupport.waitFor(20, "the node cards", () -> robot.lookup("#card-broker-2").tryQuery().isPresent());
        assertThat(selected("#card-broker-2")).as("the default target, marked").isTrue();

        UiTestSupport.waitFor(5, "the log pane saying why it is empty", () -> robot.lookup("#log-placeholder")
                .queryLabeled().getText().equals("No log yet — start the node"));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        UiTestSupport.waitFor(5, "Ctrl+F in the log's search", () -> robot.lookup("#log-search").query().isFocused());

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

        // during a demo the key is pressed in Topics or the Timeline: the answer comes as a notice there
        UiTestSupport.onFx(() -> window.show("Topics"));
        UiTestSupport.waitFor(5, "the empty topic list saying the cluster must run first", () -> robot
                .lookup("#topics-placeholder").tryQuery().map(n -> ((javafx.scene.control.Label) n).getText())
                .filter(text -> text.startsWith("No broker runs: start the cluster")).isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        UiTestSupport.waitFor(5, "the kill's answer as a notice", () -> robot.lookup("#notices .notification")
                .queryAll().stream().anyMatch(n -> ((Notification) n).getMessage().startsWith("Cannot kill zk-1")));
    }

    private boolean selected(String card) {
        return robot.lookup(card).query().getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected"));
    }

    /** A laptop's screen: the divider sits below the cards, every card whole with its buttons, the log below. */
    private void everyCardWholeAboveTheLogAt(double width, double height) {
        double[] was = new double[2];
        UiTestSupport.onFx(() -> {
            was[0] = window.stage().getWidth();
            was[1] = window.stage().getHeight();
            window.stage().setWidth(width);
            window.stage().setHeight(height);
        });
        try {
            UiTestSupport.waitFor(10, "every card whole above the log at " + width + "x" + height, this::cardsWhole);
        } finally {
            UiTestSupport.onFx(() -> {
                window.stage().setWidth(was[0]);
                window.stage().setHeight(was[1]);
            });
            UiTestSupport.waitFor(10, "every card whole again", this::cardsWhole);
        }
    }

    /** FX thread. */
    private boolean cardsWhole() {
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) window.scene().getRoot()
                .lookupAll(".scroll-pane").stream().filter(p -> p.lookup(".node-card") != null).findFirst()
                .orElseThrow();
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        boolean scrollBar = scroll.lookupAll(".scroll-bar").stream().anyMatch(bar -> bar.isVisible()
                && ((javafx.scene.control.ScrollBar) bar).getOrientation() == javafx.geometry.Orientation.VERTICAL);
        return !scrollBar && robot.lookup(".node-card").queryAll().stream()
                .map(card -> card.localToScene(card.getLayoutBounds()))
                .allMatch(card -> card.getMinY() >= view.getMinY() - 1 && card.getMaxY() <= view.getMaxY() + 1);
    }

    /** The user's drag wins over the fitting: a later change of the window's height keeps the divider's share. */
    private void aDraggedDividerStaysWhereItWasDropped() {
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) window.scene().getRoot()
                .lookupAll(".split-pane").stream().filter(p -> p.lookup(".node-card") != null
                        && p.lookup("#log-lines") != null).findFirst().orElseThrow();
        double[] before = new double[1];
        java.util.concurrent.atomic.AtomicReference<javafx.geometry.Point2D> grip =
                new java.util.concurrent.atomic.AtomicReference<>();
        // measured on the FX thread once the layout has settled (TestFX's own drag measures on the test thread)
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.onFx(() -> {
            before[0] = split.getDividerPositions()[0];
            javafx.scene.Node divider = split.lookup(".split-pane-divider");
            javafx.geometry.Bounds at = divider.localToScreen(divider.getLayoutBounds());
            grip.set(new javafx.geometry.Point2D(at.getCenterX(), at.getCenterY()));
        });
        robot.targetWindow(window.stage());
        robot.moveTo(grip.get()).press(javafx.scene.input.MouseButton.PRIMARY).moveBy(0, 30).moveBy(0, 30)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        UiTestSupport.waitFor(5, "the divider dragged down", () -> split.getDividerPositions()[0] > before[0] + 0.02);
        // where it was dropped once the whole drag has been handled: read as soon as it first moved, it was seen
        // short of its place in CI (a 1 % difference after the resize)
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double[] droppedAt = new double[1];
        UiTestSupport.onFx(() -> droppedAt[0] = split.getDividerPositions()[0]);
        double dropped = droppedAt[0];
        UiTestSupport.onFx(() -> window.stage().setHeight(window.stage().getHeight() - 40));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // SplitPane shares a resize between both sides rather than keeping the share, so the share moves a little
        // (0.698 → 0.709 for 40 px less at 1366×768); fitted again, the divider would go to the cards' share, about 0.75
        UiTestSupport.onFx(() -> assertThat(split.getDividerPositions()[0]).as("where it was dropped")
                .isCloseTo(dropped, org.assertj.core.data.Offset.offset(0.02)));
        UiTestSupport.onFx(() -> window.stage().setHeight(window.stage().getHeight() + 40));
    }
}
