package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.config.NodeKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NodeTerminationTest {

    @Test
    void aNodeWritingTheClassDataArchiveAsItExitsGetsAMinuteMoreBeforeItIsForcedOff() {
        assertThat(NodeTermination.stopTimeout(NodeKind.BROKER, false)).isEqualTo(Duration.ofSeconds(45));
        assertThat(NodeTermination.stopTimeout(NodeKind.ZOOKEEPER, false)).isEqualTo(Duration.ofSeconds(15));
        assertThat(NodeTermination.stopTimeout(NodeKind.BROKER, true)).isEqualTo(Duration.ofSeconds(105));
        assertThat(NodeTermination.stopTimeout(NodeKind.ZOOKEEPER, true)).isEqualTo(Duration.ofSeconds(75));
    }
}
