package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.process.Zombie;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class NodeTerminationTest {

    @Test
    void aNodeWritingTheClassDataArchiveAsItExitsGetsAMinuteMoreBeforeItIsForcedOff() {
        assertThat(NodeTermination.stopTimeout(NodeKind.BROKER, false)).isEqualTo(Duration.ofSeconds(45));
        assertThat(NodeTermination.stopTimeout(NodeKind.ZOOKEEPER, false)).isEqualTo(Duration.ofSeconds(15));
        assertThat(NodeTermination.stopTimeout(NodeKind.BROKER, true)).isEqualTo(Duration.ofSeconds(105));
        assertThat(NodeTermination.stopTimeout(NodeKind.ZOOKEEPER, true)).isEqualTo(Duration.ofSeconds(75));
    }

    /** The kill of a node the CLI started: ended at once, though init reaps it later (a second here and there). */
    @Test
    @EnabledOnOs(OS.LINUX)
    void anEndedProcessNotReapedYetHasExited() throws Exception {
        try (Zombie zombie = Zombie.make()) {
            long start = System.nanoTime();
            assertThat(NodeTermination.awaitExit(ProcessHandle.of(zombie.pid()).orElseThrow(), Duration.ofSeconds(30)))
                    .isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not the timeout").isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void aRunningProcessHasNotExitedWhenTheWaitEnds() throws Exception {
        Process running = new ProcessBuilder("sleep", "30").start();
        try {
            assertThat(NodeTermination.awaitExit(running.toHandle(), Duration.ofMillis(100))).isFalse();
            running.destroyForcibly();
            assertThat(NodeTermination.awaitExit(running.toHandle(), Duration.ofSeconds(10))).isTrue();
        } finally {
            running.destroyForcibly();
        }
    }
}
