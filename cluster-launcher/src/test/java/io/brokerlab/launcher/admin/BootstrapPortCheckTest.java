package io.brokerlab.launcher.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BootstrapPortCheckTest {

    /** Far longer than a refusal takes: a check that waited for it would show in the elapsed time. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @Test
    void aPortNothingListensOnIsSaidAtOnce() throws IOException {
        String address = "127.0.0.1:" + closedPort();
        long started = System.nanoTime();
        assertThat(BootstrapPortCheck.whyNothingListens(address, PATIENCE)).hasValue("Nothing listens on " + address
                + " (connection refused) — check the address and that the cluster runs.");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aHostNameThatDoesNotResolveIsSaid() {
        assertThat(BootstrapPortCheck.whyNothingListens("no-such-host.invalid:9092", PATIENCE)).hasValue("The host of"
                + " no-such-host.invalid:9092 is unknown (its name does not resolve) — check the address and that the"
                + " cluster runs.");
    }

    @Test
    void everyAddressIsNamedWithItsReason() throws IOException {
        String refused = "127.0.0.1:" + closedPort();
        assertThat(BootstrapPortCheck.whyNothingListens(refused + ",no-such-host.invalid:9092", PATIENCE))
                .hasValue("Nothing listens on " + refused + " (connection refused); the host of no-such-host.invalid:9092"
                        + " is unknown (its name does not resolve) — check the address and that the cluster runs.");
    }

    @Test
    void oneAddressThatAcceptsLeavesTheAnswerToKafka() throws IOException {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String accepting = "127.0.0.1:" + listening.getLocalPort();
            assertThat(BootstrapPortCheck.whyNothingListens(accepting, PATIENCE)).isEmpty();
            assertThat(BootstrapPortCheck.whyNothingListens("127.0.0.1:" + closedPort() + "," + accepting, PATIENCE))
                    .isEmpty();
        }
    }

    /** A port that was free a moment ago: nothing listens on it now. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
