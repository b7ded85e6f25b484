package io.brokerlab.launcher.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BrokerProbeTest {

    @Test
    void aPortThatAcceptsButIsNoBrokerIsStillSaidWithinTheProbesTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String address = "127.0.0.1:" + silent.getLocalPort();
            long started = System.nanoTime();
            assertThatThrownBy(() -> BrokerProbe.requireAnswer(address, Duration.ofSeconds(1)))
                    .isInstanceOf(AdminException.class)
                    .hasMessage("No broker answered at " + address + " within 1 s — check the address and that the"
                            + " cluster runs.");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void anAddressNothingListensOnIsSaidAtOnceNotAfterTheTimeout() throws IOException {
        String address = "127.0.0.1:" + closedPort();
        long started = System.nanoTime();
        assertThatThrownBy(() -> BrokerProbe.requireAnswer(address, BrokerProbe.TIMEOUT))
                .isInstanceOf(AdminException.class).hasMessageStartingWith("Nothing listens on " + address);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    /** A port that was free a moment ago: nothing listens on it now. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
