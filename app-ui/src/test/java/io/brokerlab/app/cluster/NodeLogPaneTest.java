package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.cluster.LocalCluster;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class NodeLogPaneTest {

    @TempDir
    Path temp;

    @Test
    void followingALogOfThousandsOfLinesAndSearchingItAtTheEndLogsNoVirtualFlowComplaint() throws Exception {
        // VirtualFlow reports rows laid out past the list's end on this logger: an INFO line in the user's terminal
        Logger controls = Logger.getLogger("javafx.scene.control");
        List<String> complaints = new CopyOnWriteArrayList<>();
        Handler collect = new Handler() {
            @Override
            public void publish(LogRecord record) {
                complaints.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        FxToolkit.registerPrimaryStage();
        FakeCluster fake = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 1));
        List<String> written = new CopyOnWriteArrayList<>();
        // a node's log as the launcher reads it: its last lines only
        LocalCluster cluster = (LocalCluster) Proxy.newProxyInstance(LocalCluster.class.getClassLoader(),
                new Class<?>[] {LocalCluster.class}, (proxy, method, args) -> method.getName().equals("logTail")
                        ? List.copyOf(written.subList(Math.max(0, written.size() - (int) args[1]), written.size()))
                        : method.invoke(fake, args));
        NodeLogViewModel log = new NodeLogViewModel(Runnable::run, Runnable::run);
        AtomicReference<Stage> stage = new AtomicReference<>();
        controls.addHandler(collect);
        try {
            UiTestSupport.onFx(() -> {
                Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
                Scene scene = new Scene(new NodeLogPane(log), 900, 300);
                scene.getStylesheets().add(NodeLogPane.class.getResource("/io/brokerlab/app/app.css")
                        .toExternalForm());
                stage.set(new Stage());
                stage.get().setScene(scene);
                stage.get().show();
                log.attach(cluster);
                log.nodeProperty().set(NodeId.broker(1));
            });
            // a busy node: its log grows by a hundred lines a poll, the pane showing its last thousand
            for (int round = 0; round < 30; round++) {
                for (int i = 0; i < 100; i++) {
                    written.add(line(round * 100 + i));
                }
                UiTestSupport.onFx(log::poll);
                WaitForAsyncUtils.waitForFxEvents();
            }
            UiTestSupport.waitFor(10, "the newest line in view",
                    () -> UiTestSupport.showsItsLastItem(stage.get().getScene(), "#log-lines"));

            // a search while at the end leaves hundreds of lines: fewer than reached the bottom of the view
            UiTestSupport.onFx(() -> log.searchProperty().set("kafka.server"));
            WaitForAsyncUtils.waitForFxEvents();
            written.add(line(3001));
            UiTestSupport.onFx(log::poll);
            UiTestSupport.waitFor(10, "the newest matching line in view", () -> log.visibleLines().size() < 1000
                    && UiTestSupport.showsItsLastItem(stage.get().getScene(), "#log-lines"));

            // the node restarted with a new log, shorter than the thousand lines shown
            UiTestSupport.onFx(() -> log.searchProperty().set(""));
            WaitForAsyncUtils.waitForFxEvents();
            written.clear();
            for (int n = 0; n < 600; n++) {
                written.add(line(n));
            }
            UiTestSupport.onFx(log::poll);
            UiTestSupport.waitFor(10, "the new log's last line in view", () -> log.visibleLines().size() == 600
                    && UiTestSupport.showsItsLastItem(stage.get().getScene(), "#log-lines"));
        } finally {
            controls.removeHandler(collect);
            UiTestSupport.onFx(() -> {
                stage.get().close();
                Application.setUserAgentStylesheet(null);
            });
        }
        assertThat(complaints).noneMatch(message -> message.contains("maxCellCount"));
    }

    /** An ERROR line's cause is at its end: Wrap shows it within the pane, marks and all, for every node's log. */
    @Test
    void wrapShowsALongLineWithinThePaneAndStaysOnForTheNextNodesLog() throws Exception {
        FxToolkit.registerPrimaryStage();
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 2));
        // lines of every length around the pane's width: the ones just too long for a line wrap to a second
        for (int n = 0; n < 120; n++) {
            cluster.appendLog("[2026-11-25 01:00:04,000] WARN " + "x".repeat(30 + n % 50) + " end " + n);
        }
        cluster.appendLog("[2026-11-25 01:00:03,000] ERROR [ReplicaFetcher replicaId=2, leaderId=3, fetcherId=0]"
                + " Error for partition orders-0 at offset 42 (kafka.server.ReplicaFetcherThread): the cause at the"
                + " very end");
        NodeLogViewModel log = new NodeLogViewModel(Runnable::run, Runnable::run);
        AtomicReference<Stage> stage = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            // the app's theme: its rows are of one height (-fx-cell-size), which a wrapped line must not keep
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene(new NodeLogPane(log), 600, 400);
            scene.getStylesheets().add(NodeLogPane.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
            stage.set(new Stage());
            stage.get().setScene(scene);
            stage.get().show();
            log.attach(cluster);
            log.nodeProperty().set(NodeId.broker(1));
        });
        try {
            Scene scene = stage.get().getScene();
            UiTestSupport.waitFor(5, "the long line cut at the right", () -> longLine(scene)
                    .map(cell -> cell.getWidth() > listWidth(scene)).orElse(false));
            double[] line = new double[1];
            UiTestSupport.onFx(() -> line[0] = longLine(scene).orElseThrow().getHeight());
            double oneLine = line[0];

            UiTestSupport.onFx(() -> ((CheckBox) scene.lookup("#log-wrap")).fire());
            // Follow is on: the newest line, taller now, still in view
            UiTestSupport.waitFor(5, "the long line wrapped within the pane", () -> wrappedWithin(scene, oneLine));
            UiTestSupport.onFx(() -> assertThat(horizontalBar(scene)).as("no horizontal scrolling").isFalse());
            ListView<?> list = (ListView<?>) scene.lookup("#log-lines");
            for (int at = 0; at < log.visibleLines().size(); at += 3) {
                int from = at;
                UiTestSupport.onFx(() -> list.scrollTo(from));
                WaitForAsyncUtils.waitForFxEvents();
                UiTestSupport.onFx(() -> assertThat(cutLines(scene)).as("lines cut to \"...\" near line %d", from)
                        .isEmpty());
            }
            UiTestSupport.onFx(() -> list.scrollTo(log.visibleLines().size() - 1));

            UiTestSupport.onFx(() -> log.searchProperty().set("cause"));
            UiTestSupport.waitFor(5, "the found text marked in the wrapped line", () -> wrappedWithin(scene, oneLine)
                    && longLine(scene).map(cell -> cell.lookup(".log-match") != null).orElse(false));

            UiTestSupport.onFx(() -> log.nodeProperty().set(NodeId.broker(2)));
            UiTestSupport.waitFor(5, "the next node's log wrapped too", () -> wrappedWithin(scene, oneLine)
                    && ((CheckBox) scene.lookup("#log-wrap")).isSelected());
        } finally {
            UiTestSupport.onFx(() -> {
                stage.get().close();
                Application.setUserAgentStylesheet(null);
            });
        }
    }

    /** The shown lines whose text is not shown whole. FX thread. */
    private static List<String> cutLines(Scene scene) {
        return scene.getRoot().lookupAll("#log-lines .list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(cell -> shown(cell) && cell.getText() != null)
                .filter(cell -> !cell.getText().equals(((Text) cell.lookup(".text")).getText()))
                .map(ListCell::getText).toList();
    }

    private static Optional<ListCell<?>> longLine(Scene scene) {
        return scene.getRoot().lookupAll("#log-lines .list-cell").stream().<ListCell<?>>map(n -> (ListCell<?>) n)
                .filter(cell -> shown(cell) && cell.getItem() instanceof LogLine line
                        && line.text().endsWith("the very end")).findFirst();
    }

    /** Drawn: it and its parents visible (the list keeps a hidden cell for measuring, and spare ones). */
    private static boolean shown(Node node) {
        return node == null || node.isVisible() && shown(node.getParent());
    }

    private static double listWidth(Scene scene) {
        return scene.lookup("#log-lines").getLayoutBounds().getWidth();
    }

    /** Within the list's width, and as tall as several lines of {@code oneLine}. FX thread. */
    private static boolean wrappedWithin(Scene scene, double oneLine) {
        Optional<ListCell<?>> cell = longLine(scene);
        return cell.isPresent() && cell.get().getWidth() <= listWidth(scene)
                && cell.get().getHeight() > 1.5 * oneLine;
    }

    private static boolean horizontalBar(Scene scene) {
        return scene.lookup("#log-lines").lookupAll(".scroll-bar").stream().anyMatch(bar -> bar.isVisible()
                && ((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL);
    }

    /** Log lines as a broker writes them, with its stack traces' lines among them. */
    private static String line(int n) {
        return n % 4 == 0 ? "\tat kafka.network.Processor.run(SocketServer.scala:" + n + ")"
                : "[2026-11-25 01:00:03,000] " + (n % 17 == 0 ? "WARN" : "INFO") + " line " + n
                        + " (kafka.server.KafkaServer)";
    }
}
