package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
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
}
