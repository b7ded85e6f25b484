package io.brokerlab.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PortAllocatorTest {

    @Test
    void freePortsAreDistinctBindableAndAvoidTheGivenOnes() throws Exception {
        int avoided;
        try (ServerSocket probe = new ServerSocket(0)) {
            avoided = probe.getLocalPort();
        }
        List<Integer> ports = PortAllocator.freePorts(8, Set.of(avoided));
        assertThat(ports).hasSize(8).doesNotHaveDuplicates().doesNotContain(avoided);
        for (int port : ports) {
            assertThat(PortAllocator.checkAvailable(port)).isEmpty();
        }
    }

    @Test
    void aHeldPortIsReportedInUseWithItsHolderOnLinux() throws Exception {
        try (ServerSocket held = new ServerSocket()) {
            held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = held.getLocalPort();
            assertThat(PortAllocator.checkAvailable(port)).hasValueSatisfying(message -> {
                assertThat(message).startsWith("port " + port + " is already in use");
                if (System.getProperty("os.name").toLowerCase().contains("linux")) {
                    assertThat(message).contains("by pid " + ProcessHandle.current().pid());
                }
            });
        }
    }

    @Test
    void aFreeRunStepsPastAHeldPortAndTheAvoidedOnes() throws Exception {
        try (ServerSocket held = new ServerSocket()) {
            held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = held.getLocalPort();
            // a run of three wanting the held port in its middle, the port after it avoided
            int first = PortAllocator.firstFreeRun(port - 1, 3, Set.of(port + 1)).orElseThrow();
            assertThat(first).isGreaterThan(port + 1);
            for (int p = first; p < first + 3; p++) {
                assertThat(PortAllocator.checkAvailable(p)).isEmpty();
            }
            assertThat(PortAllocator.firstFreeRun(65_534, 3, Set.of())).as("past the last port").isEmpty();
        }
    }

    @Test
    void procNetTcpListenEntriesAreMatchedByPort() {
        List<String> table = List.of(
                "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
                "   0: 0100007F:2384 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1",
                "   1: 0100007F:2384 0100007F:C350 01 00000000:00000000 00:00000000 00000000  1000        0 777 1");
        assertThat(PortHolderLookup.listeningInodes(table, 9092)).containsExactly("4242");
        assertThat(PortHolderLookup.listeningInodes(table, 9093)).isEmpty();
    }
}
