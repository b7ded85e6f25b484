package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.cluster.NodeDidNotStartException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class DialogsTest {

    @Test
    void saysWhatToDoFromTheKindOfFailureEvenWhenWrapped() {
        assertThat(Dialogs.whatToDo(new CompletionException(new TimeoutException("Timed out waiting for a node"))))
                .startsWith("Check that the cluster runs");
        assertThat(Dialogs.whatToDo(new RuntimeException("could not write", new AccessDeniedException("/opt/ws"))))
                .startsWith("Check that the folder exists");
        assertThat(Dialogs.whatToDo(new IllegalStateException("zk-1 was not ready within 30 s; see /ws/logs/zk-1.log")))
                .startsWith("The node's log says why");
        assertThat(Dialogs.whatToDo(new CompletionException(
                new IllegalStateException("cannot kill broker-2: it is not running"))))
                .startsWith("The node is not running").contains("F5", "start the node");
        assertThat(Dialogs.whatToDo(new IllegalStateException("unexpected"))).startsWith("Try again");
    }

    /** The launcher's own wording (NodeLauncher.preflight, PortAllocator.checkAvailable), wrapped as a start fails. */
    @Test
    void aTakenPortSaysToFreeItOrChangeItInProperties() {
        assertThat(Dialogs.whatToDo(new CompletionException(new IllegalStateException(
                "cannot start broker-1: port 9092 is already in use by PID 4711 (java)"))))
                .startsWith("Free port 9092").contains("Properties");
    }

    @Test
    void aPortAnotherNodeOfTheClusterHasSaysToGiveItItsOwn() {
        assertThat(Dialogs.whatToDo(new CompletionException(new IllegalStateException("cannot start broker-3: port 27093"
                + " is broker-2's in this cluster; give broker-3 a port of its own in its file (server-3.properties)"))))
                .startsWith("In the Properties view, give the node a port no other node uses");
    }

    @Test
    void aFolderThatIsNoWorkspaceSaysWhichFolderToChoose() {
        assertThat(Dialogs.whatToDo(new CompletionException(new IllegalStateException(
                "/home/ana/notes is not a Brokerlab workspace (no brokerlab.json)"))))
                .startsWith("Choose the folder a cluster was created in").contains("Ctrl+N");
    }

    @Test
    void anInvalidFileSaysToFixItInProperties() {
        assertThat(Dialogs.whatToDo(new CompletionException(new IllegalStateException(
                "cannot start zk-1: zk-1.properties is invalid: tickTime: not a number"))))
                .startsWith("Fix the node's file in the Properties view");
        assertThat(Dialogs.whatToDo(new IllegalStateException("broker-2 rejected its configuration (exit status 3)")))
                .startsWith("Fix the node's file");
    }

    /** Kafka's own exception explains a failed start; the app's stack only shows how the news travelled. */
    @Test
    void aNodeThatDidNotStartShowsTheEndOfItsLogBeforeTheStackTrace() {
        NodeDidNotStartException failed = new NodeDidNotStartException(io.brokerlab.launcher.config.NodeId.broker(2),
                "broker-2 did not start: Invalid cluster.id",
                Path.of("/ws/logs/broker-2.log"), List.of(
                        "\tbroker.id = 2",
                        "[2026-12-07 09:00:01,000] ERROR Fatal error during KafkaServer startup. Prepare to shutdown",
                        "kafka.common.InconsistentClusterIdException: The Cluster ID doesn't match",
                        "brokerlab: broker-2 failed: Invalid cluster.id"));

        String details = Dialogs.details(new CompletionException(failed));

        assertThat(details).startsWith("The end of " + Path.of("/ws/logs/broker-2.log") + ":\n"
                + "[2026-12-07 09:00:01,000] ERROR Fatal error during KafkaServer startup");
        assertThat(details).as("the configuration dump before the first error left out").doesNotContain("broker.id = 2");
        assertThat(Dialogs.whatToDo(failed)).startsWith("The node's own account is under Show details")
                .doesNotContain("bug report");
        assertThat(details.indexOf("brokerlab: broker-2 failed")).isLessThan(details.indexOf("CompletionException"));
        assertThat(Dialogs.details(new IllegalStateException("unexpected")))
                .startsWith("java.lang.IllegalStateException: unexpected");
    }
}
