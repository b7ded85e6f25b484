package io.brokerlab.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NodeOptionsTest {

    @Test
    void parsesTheLauncherContract() {
        NodeOptions options = NodeOptions.parse("broker", "--name", "broker-2", "--config", "/ws/server-2.properties",
                "--agent-port", "41000", "--secret-file", "/ws/.secret");
        assertThat(options).isEqualTo(new NodeOptions(NodeKind.BROKER, "broker-2", Path.of("/ws/server-2.properties"),
                41000, Path.of("/ws/.secret")));
    }

    @Test
    void rejectsWhatTheLauncherWouldNeverSend() {
        assertThatThrownBy(() -> NodeOptions.parse("kraft")).hasMessageContaining("unknown node kind");
        assertThatThrownBy(() -> NodeOptions.parse("zookeeper", "--name", "zk-1")).hasMessageContaining("required");
        assertThatThrownBy(() -> NodeOptions.parse("zookeeper", "--name", "zk-1", "--config", "c", "--agent-port", "x",
                "--secret-file", "s")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> NodeOptions.parse("zookeeper", "--verbose", "yes")).hasMessageContaining("unknown option");
    }
}
