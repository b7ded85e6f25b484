package io.brokerlab.launcher.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ZooKeeperRolesTest {

    @Test
    void theServersOfAConnectStringWithoutItsChroot() {
        assertThat(ZooKeeperRoles.servers("zk1:2181, zk2:2182,zk3:2183/kafka/lab"))
                .containsExactly("zk1:2181", "zk2:2182", "zk3:2183");
        assertThat(ZooKeeperRoles.servers("localhost:2181")).containsExactly("localhost:2181");
    }

    @Test
    void theRoleIsTheModeLineOfTheReply() {
        assertThat(ZooKeeperRoles.mode("Zookeeper version: 3.8.4\nLatency min/avg/max: 0/0.0/0\nMode: Follower\n"
                + "Node count: 150\n")).contains("follower");
        assertThat(ZooKeeperRoles.mode("This ZooKeeper instance is not currently serving requests\n")).isEmpty();
        assertThat(ZooKeeperRoles.mode("srvr is not executed because it is not in the whitelist.\n")).isEmpty();
    }

    @Test
    void asksTheServerWithSrvrAndAServerThatIsGoneIsStoppedWithNoRole() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String address = "127.0.0.1:" + server.getLocalPort();
            CompletableFuture<String> asked = CompletableFuture.supplyAsync(() -> answer(server, "Mode: leader\n"));
            assertThat(ZooKeeperRoles.read(address)).isEqualTo(zk(address, NodeState.RUNNING, "leader"));
            assertThat(asked.join()).isEqualTo("srvr");

            asked = CompletableFuture.supplyAsync(() -> answer(server,
                    "This ZooKeeper instance is not currently serving requests\n"));
            assertThat(ZooKeeperRoles.read(address)).as("up, but without a quorum to serve")
                    .isEqualTo(zk(address, NodeState.RUNNING, null));
            asked.join();
        }
        int gone;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            gone = free.getLocalPort();
        }
        assertThat(ZooKeeperRoles.read("127.0.0.1:" + gone)).isEqualTo(zk("127.0.0.1:" + gone, NodeState.STOPPED, null));
    }

    private static NodeView zk(String name, NodeState state, String role) {
        return new NodeView(name, NodeKind.ZOOKEEPER, state, Optional.ofNullable(role), Optional.empty());
    }

    /** One ZooKeeper-style exchange: reads the four letters, answers, closes. */
    private static String answer(ServerSocket server, String reply) {
        try (Socket client = server.accept()) {
            InputStream in = client.getInputStream();
            String word = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
            OutputStream out = client.getOutputStream();
            out.write(reply.getBytes(StandardCharsets.UTF_8));
            return word;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
