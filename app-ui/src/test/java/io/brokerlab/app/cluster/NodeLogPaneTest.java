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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Scene;
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

    /** Log lines as a broker writes them, with its stack traces' lines among them. */
    private static String line(int n) {
        return n % 4 == 0 ? "\tat kafka.network.Processor.run(SocketServer.scala:" + n + ")"
                : "[2026-11-25 01:00:03,000] " + (n % 17 == 0 ? "WARN" : "INFO") + " line " + n
                        + " (kafka.server.KafkaServer)";
    }
}
