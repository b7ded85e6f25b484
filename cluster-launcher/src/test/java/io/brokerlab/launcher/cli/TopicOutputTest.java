package io.brokerlab.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.admin.ConsumerGroupLag;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicConfigEntry;
import io.brokerlab.launcher.admin.TopicInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Scripts parse what {@code topic describe} and {@code topic groups} print; the expected text is as it was taken. */
class TopicOutputTest {

    private static final TopicInfo ORDERS = new TopicInfo("orders", false,
            List.of(new PartitionInfo(0, 2, List.of(2, 3, 1), List.of(2, 3)),
                    new PartitionInfo(1, -1, List.of(3, 1, 2), List.of())),
            List.of(new TopicConfigEntry("retention.ms", "60000", false, "DYNAMIC_TOPIC_CONFIG"),
                    new TopicConfigEntry("cleanup.policy", "delete", true, "DEFAULT_CONFIG"),
                    new TopicConfigEntry("min.insync.replicas", "2", false, "DYNAMIC_TOPIC_CONFIG")));

    @Test
    void describeShowsPartitionsLikeKafkaAndOnlyTheTopicsOwnOverrides() {
        assertThat(printed(out -> TopicDescribeCommand.print(out, ORDERS))).isEqualTo("""
                Topic: orders\tPartitionCount: 2\tReplicationFactor: 3
                \tPartition: 0\tLeader: 2\tReplicas: 2,3,1\tIsr: 2,3
                \tPartition: 1\tLeader: none\tReplicas: 3,1,2\tIsr:\s
                \tConfigs: retention.ms=60000, min.insync.replicas=2
                """);
        assertThat(printed(out -> TopicDescribeCommand.print(out, new TopicInfo("empty", true, List.of(), List.of()))))
                .isEqualTo("""
                        Topic: empty\tPartitionCount: 0\tReplicationFactor: 0
                        \tConfigs: (defaults only)
                        """);
    }

    @Test
    void describeJsonHasEveryPartitionAndConfigWithANullLeaderWhenThereIsNone() throws Exception {
        assertThat(JsonOutput.indented(TopicDescribeCommand.toJson(ORDERS)).replace(System.lineSeparator(), "\n"))
                .isEqualTo("""
                {
                  "name" : "orders",
                  "internal" : false,
                  "partitions" : [ {
                    "partition" : 0,
                    "leader" : 2,
                    "replicas" : [ 2, 3, 1 ],
                    "isr" : [ 2, 3 ]
                  }, {
                    "partition" : 1,
                    "leader" : null,
                    "replicas" : [ 3, 1, 2 ],
                    "isr" : [ ]
                  } ],
                  "configs" : [ {
                    "name" : "retention.ms",
                    "value" : "60000",
                    "default" : false,
                    "source" : "DYNAMIC_TOPIC_CONFIG"
                  }, {
                    "name" : "cleanup.policy",
                    "value" : "delete",
                    "default" : true,
                    "source" : "DEFAULT_CONFIG"
                  }, {
                    "name" : "min.insync.replicas",
                    "value" : "2",
                    "default" : false,
                    "source" : "DYNAMIC_TOPIC_CONFIG"
                  } ]
                }""");
    }

    @Test
    void groupLagShowsEachPartitionAndADashForNoMember() {
        ConsumerGroupLag lag = new ConsumerGroupLag("billing", "Stable", List.of(
                new ConsumerGroupLag.PartitionLag("orders", 0, 5, 12, "consumer-1"),
                new ConsumerGroupLag.PartitionLag("orders", 1, 9, 9, null)));

        assertThat(printed(out -> TopicGroupsCommand.print(out, lag))).isEqualTo("""
                Group: billing\tState: Stable\tTotal lag: 7
                \torders-0\tcommitted: 5\tend: 12\tlag: 7\tmember: consumer-1
                \torders-1\tcommitted: 9\tend: 9\tlag: 0\tmember: -
                """);
    }

    private static String printed(Consumer<PrintWriter> print) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            print.accept(out);
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
