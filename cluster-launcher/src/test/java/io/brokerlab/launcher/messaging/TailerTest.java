package io.brokerlab.launcher.messaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** No cluster: a tail against an address nothing listens on. */
class TailerTest {

    @Test
    void aTailNoBrokerAnswersSaysSoRatherThanThatTheTopicIsMissing() throws IOException {
        String nothingListens = "127.0.0.1:" + freePort();

        assertThatThrownBy(() -> new Tailer(nothingListens, TailRequest.of("orders", new StartPosition.Beginning()),
                Duration.ofSeconds(1)).close())
                .isNotInstanceOf(NoSuchTopicException.class)
                // the time it says is the time it waited: at least the lookup's timeout, more on a busy machine
                .hasMessageMatching("no broker answered at " + java.util.regex.Pattern.quote(nothingListens)
                        + " within \\d+ s; check that the brokers are running");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
