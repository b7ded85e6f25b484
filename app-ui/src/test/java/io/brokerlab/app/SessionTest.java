package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No toolkit: the FX executor is a list, which a test runs or, like the toolkit after it exited, never runs. */
class SessionTest {

    @TempDir
    Path temp;

    @Test
    void aWorkspaceStillOpeningWhenTheWindowClosesIsClosedToo() {
        Workspace ws = TestClusters.workspace(temp.resolve("ws"), 1, 1);
        // after the window closed, Platform.runLater drops what it is given: the hand-over to the views never runs
        List<Runnable> dropped = new CopyOnWriteArrayList<>();
        Session session = new Session(dropped::add, dropped::add);
        session.open(ws.dir());
        await().atMost(Duration.ofSeconds(20)).until(() -> !dropped.isEmpty());
        String zookeeper = ws.zookeeperConnect();
        assertThat(clientThreadsOf(zookeeper)).as("the watcher's ZooKeeper client, trying to connect").isPositive();

        session.close();

        // a ZooKeeper client left open would keep the app's JVM alive after its window closed
        await().atMost(Duration.ofSeconds(20)).until(() -> clientThreadsOf(zookeeper) == 0);
    }

    /** Runs what the FX executor was handed so far, as the FX thread would. */
    private static boolean ranAll(List<Runnable> fx) {
        for (Runnable task : List.copyOf(fx)) {
            fx.remove(task);
            task.run();
        }
        return true;
    }

    private static long clientThreadsOf(String zookeeperConnect) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().contains(zookeeperConnect)).count();
    }

    @Test
    void aWorkspaceIsOpeningUntilItIsShown() {
        Workspace ws = TestClusters.workspace(temp.resolve("ws"), 1, 1);
        List<Runnable> fx = new CopyOnWriteArrayList<>();
        Session session = new Session(fx::add, fx::add);
        try {
            session.open(ws.dir());
            assertThat(session.openingProperty().get()).as("read in the background").isTrue();
            await().atMost(Duration.ofSeconds(20)).until(() -> ranAll(fx) && session.connectionProperty().get() != null);
            await().atMost(Duration.ofSeconds(5)).until(() -> ranAll(fx) && !session.openingProperty().get());
        } finally {
            session.close();
        }
    }

    @Test
    void remembersEveryWorkspaceShownSoClosingCanNameThoseLeftRunning() {
        Workspace first = TestClusters.workspace(temp.resolve("first"), 1, 1);
        Workspace second = TestClusters.workspace(temp.resolve("second"), 1, 1);
        List<Runnable> fx = new CopyOnWriteArrayList<>();
        Session session = new Session(fx::add, fx::add);
        try {
            session.open(first.dir());
            await().atMost(Duration.ofSeconds(20)).until(() -> ranAll(fx) && session.workspaceProperty().get() != null);
            session.open(second.dir());
            await().atMost(Duration.ofSeconds(20)).until(() -> ranAll(fx) && session.workspaceProperty().get() != null);

            assertThat(session.workspacesShown()).containsExactly(first.dir().toAbsolutePath().normalize(),
                    second.dir().toAbsolutePath().normalize());
        } finally {
            session.close();
        }
    }
}
