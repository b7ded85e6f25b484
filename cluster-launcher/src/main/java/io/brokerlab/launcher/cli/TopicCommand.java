package io.brokerlab.launcher.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.admin.TopicService;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "topic", description = "Create, list and describe topics.",
        subcommands = {TopicCommand.Create.class, TopicCommand.ListTopics.class, TopicCommand.Describe.class})
final class TopicCommand {

    private static TopicService service(WorkspaceOption workspace) {
        return new TopicService(KafkaClients.admin(ClusterTarget.bootstrapServers(workspace)));
    }

    @Command(name = "create", description = "Create a topic.")
    static final class Create implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--partitions", required = true, paramLabel = "P")
        int partitions;

        @Option(names = "--replication-factor", required = true, paramLabel = "R")
        short replicationFactor;

        @Option(names = "--config", paramLabel = "K=V", description = "A topic config, e.g. retention.ms=60000; repeatable.")
        Map<String, String> configs = new LinkedHashMap<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (TopicService topics = service(workspace)) {
                topics.create(new NewTopicRequest(name, partitions, replicationFactor, configs));
            }
            spec.commandLine().getOut().println("created topic " + name);
            return 0;
        }
    }

    @Command(name = "list", description = "List topic names.")
    static final class ListTopics implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (TopicService topics = service(workspace)) {
                topics.list().forEach(spec.commandLine().getOut()::println);
            }
            return 0;
        }
    }

    @Command(name = "describe", description = "Show a topic's partitions (leader, replicas, ISR) and configs.")
    static final class Describe implements Callable<Integer> {
        private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        @Mixin
        WorkspaceOption workspace;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            TopicInfo topic;
            try (TopicService topics = service(workspace)) {
                topic = topics.describe(name);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JSON.writeValueAsString(toJson(topic)));
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

        private static void print(PrintWriter out, TopicInfo topic) {
            out.printf("Topic: %s\tPartitionCount: %d\tReplicationFactor: %d%n", topic.name(),
                    topic.partitions().size(), topic.replicationFactor());
            for (PartitionInfo p : topic.partitions()) {
                out.printf("\tPartition: %d\tLeader: %s\tReplicas: %s\tIsr: %s%n", p.partition(),
                        p.leader() < 0 ? "none" : Integer.toString(p.leader()), join(p.replicas()), join(p.isr()));
            }
            String overrides = topic.configs().stream().filter(c -> !c.isDefault())
                    .map(c -> c.name() + "=" + c.value()).collect(Collectors.joining(", "));
            out.println("\tConfigs: " + (overrides.isEmpty() ? "(defaults only)" : overrides));
        }

        private static String join(java.util.List<Integer> ids) {
            return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
    }
}
