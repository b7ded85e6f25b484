package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicConfigEntry;
import io.brokerlab.launcher.admin.TopicInfo;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "describe", description = "Show a topic's partitions (leader, replicas, ISR) and configs.")
final class TopicDescribeCommand extends NamedTopicSubcommand {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        TopicInfo topic = withTopics(topics -> topics.describe(name));
        PrintWriter out = out();
        if (json) {
            out.println(JsonOutput.indented(toJson(topic)));
        } else {
            print(out, topic);
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> toJson(TopicInfo topic) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", topic.name());
        root.put("internal", topic.internal());
        root.put("partitions", topic.partitions().stream().map(p -> {
            Map<String, Object> partition = new LinkedHashMap<>();
            partition.put("partition", p.partition());
            partition.put("leader", p.leader() < 0 ? null : p.leader());
            partition.put("replicas", p.replicas());
            partition.put("isr", p.isr());
            return partition;
        }).toList());
        root.put("configs", topic.configs().stream().map(c -> {
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("name", c.name());
            config.put("value", c.value());
            config.put("default", c.isDefault());
            config.put("source", c.source());
            return config;
        }).toList());
        return root;
    }

    /** The layout of Kafka's kafka-topics.sh --describe, plus the topic's own config overrides. */
    static void print(PrintWriter out, TopicInfo topic) {
        out.printf("Topic: %s\tPartitionCount: %d\tReplicationFactor: %d%n", topic.name(),
                topic.partitions().size(), topic.replicationFactor());
        for (PartitionInfo p : topic.partitions()) {
            out.printf("\tPartition: %d\tLeader: %s\tReplicas: %s\tIsr: %s%n", p.partition(),
                    p.leader() < 0 ? "none" : Integer.toString(p.leader()), join(p.replicas()), join(p.isr()));
        }
        String overrides = topic.configs().stream().filter(TopicConfigEntry::isOverride)
                .map(c -> c.name() + "=" + c.value()).collect(Collectors.joining(", "));
        out.println("\tConfigs: " + (overrides.isEmpty() ? "(defaults only)" : overrides));
    }

    private static String join(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
