package io.brokerlab.launcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublisherTest {

    @Test
    void theSendsWaitInThePartitionAskedForOrTheKeysOrAnyWithoutEither() {
        byte[] key = "user-1".getBytes(StandardCharsets.UTF_8);

        // where the review's keyed sends all went
        assertThat(Publisher.pendingPartitions(null, key, () -> 3)).containsExactly(2);
        assertThat(Publisher.pendingPartitions(1, key, () -> 3)).as("the partition asked for wins").containsExactly(1);
        assertThat(Publisher.pendingPartitions(null, null, () -> 3)).as("unkeyed: spread, so unknown").isEmpty();
    }
}
