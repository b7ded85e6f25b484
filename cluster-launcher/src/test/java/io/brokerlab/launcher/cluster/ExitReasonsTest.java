package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExitReasonsTest {

    @Test
    void theRuntimesLastReasonWithoutRepeatingTheNodeElseTheExitStatus() {
        assertThat(ExitReasons.describe(OptionalInt.of(1), List.of("[2026-12-07] INFO starting",
                "brokerlab: broker-3 failed: broker start-up failed: Stored node id 3 doesn't match")))
                .isEqualTo("broker start-up failed: Stored node id 3 doesn't match");
        assertThat(ExitReasons.describe(OptionalInt.of(3), List.of("no reason of ours")))
                .isEqualTo("rejected its configuration (exit status 3)");
        assertThat(ExitReasons.describe(OptionalInt.of(5), List.of("brokerlab: broker-1 failed: another cluster's data")))
                .isEqualTo("another cluster's data (run `brokerlab reset --yes` to wipe the data and keep the definition)");
    }

    @Test
    void aJvmKafkaEndedItselfSaysTheWordsOfTheFirstExceptionInTheLog() {
        assertThat(ExitReasons.describe(OptionalInt.of(1), List.of(
                "[2026-12-07 23:30:01,000] ERROR [KafkaServer id=2] Fatal error during KafkaServer startup. Prepare to"
                        + " shutdown (kafka.server.KafkaServer)",
                "org.apache.kafka.common.KafkaException: None of the specified log dirs from /proc/x can be created",
                "\tat kafka.log.LogManager.<init>(LogManager.scala:112)",
                "Caused by: java.io.IOException: Permission denied")))
                .isEqualTo("exited with status 1: None of the specified log dirs from /proc/x can be created");
        assertThat(ExitReasons.describe(OptionalInt.of(1), List.of("[2026-12-07] INFO shutting down")))
                .as("no exception in the log: the status alone").isEqualTo("exited with status 1");
    }
}
