package io.brokerlab.app.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsViewModelTest {

    @TempDir
    Path temp;

    @Test
    void turnsAgentCountersIntoPerSecondRates() throws Exception {
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 2));
        cluster.up();
        AtomicLong messages = new AtomicLong(1000);
        ChartsViewModel model = new ChartsViewModel(cluster::snapshot, port -> Optional.of(
                "# HELP kafka_server_messages_in_total x\n"
                        + "kafka_server_messages_in_total " + messages.get() + "\n"
                        + "kafka_server_bytes_in_total{topic=\"a\"} 10\n"
                        + "kafka_server_bytes_in_total{topic=\"b\"} 20\n"
                        + "kafka_server_under_replicated_partitions 2\n"), Runnable::run);
        model.sample();
        assertThat(model.samples()).isEmpty(); // a rate needs two readings
        Thread.sleep(200);
        messages.addAndGet(500);
        model.sample();
        assertThat(model.samples()).hasSize(2).allSatisfy(s -> {
            assertThat(s.messagesIn()).isGreaterThan(500).isLessThan(2600);
            assertThat(s.underReplicated()).isEqualTo(2);
            assertThat(s.bytesIn()).isZero();
        });
        assertThat(Prometheus.parse("kafka_server_bytes_in_total{topic=\"a\"} 10\nkafka_server_bytes_in_total{topic=\"b\"} 20\n"))
                .containsEntry("kafka_server_bytes_in_total", 30.0);
    }
}
