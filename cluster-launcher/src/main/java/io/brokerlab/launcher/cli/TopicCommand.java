package io.brokerlab.launcher.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.brokerlab.launcher.admin.ConsumerGroupLag;
import io.brokerlab.launcher.admin.ConsumerGroupService;
import io.brokerlab.launcher.admin.ElectionResult;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.OffsetResetTarget;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicConfigEntry;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.admin.WindowsDataSafety;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "topic", description = "Create, list, describe, change and delete topics; consumer groups.",
        subcommands = {TopicCommand.Create.class, TopicCommand.ListTopics.class, TopicCommand.Describe.class,
            TopicCommand.Delete.class, TopicCommand.AlterConfig.class, TopicCommand.AddPartitions.class,
            TopicCommand.ElectLeaders.class, TopicCommand.Reassign.class, TopicCommand.Groups.class,
            TopicCommand.ResetOffsets.class})
final class TopicCommand {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static TopicService service(TargetOptions target) {
        String bootstrapServers = target.bootstrapServers();
        Set<Integer> down = target.brokersDown();
        return new TopicService(KafkaClients.admin(bootstrapServers), () -> down);
    }

    @Command(name = "create", description = "Create a topic.")
    static final class Create implements Callable<Integer> {
        @Mixin
        TargetOptions target;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--partitions", paramLabel = "P", description = "Number of partitions (not with --replica-assignment).")
        Integer partitions;

        @Option(names = "--replication-factor", paramLabel = "R", description = "Replicas per partition (not with --replica-assignment).")
        Short replicationFactor;

        @Option(names = "--replica-assignment", paramLabel = "B:B,B:B",
                description = "Broker ids per partition as Kafka writes them, e.g. 1:2,2:3,3:1 (first = preferred leader).")
        String replicaAssignment;

        @Option(names = "--config", paramLabel = "K=V", description = "A topic config, e.g. retention.ms=60000; repeatable.")
        Map<String, String> configs = new LinkedHashMap<>();

        @Option(names = "--force", description = "On Windows: accept settings that make brokers delete files (KAFKA-1194).")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            refuseRiskyOnWindows(spec, target, configs, force);
            NewTopicRequest request;
            if (replicaAssignment != null) {
                if (partitions != null || replicationFactor != null) {
                    throw new ParameterException(spec.commandLine(), "--replica-assignment sets partitions and"
                            + " replicas itself; drop --partitions and --replication-factor");
                }
                request = NewTopicRequest.withAssignment(name, parseAssignment(replicaAssignment), configs);
            } else {
                if (partitions == null || replicationFactor == null) {
                    throw new ParameterException(spec.commandLine(),
                            "give --partitions and --replication-factor, or --replica-assignment");
                }
                request = new NewTopicRequest(name, partitions, replicationFactor, configs);
            }
            try (TopicService topics = service(target)) {
                topics.create(request);
            }
            spec.commandLine().getOut().println("created topic " + name);
            return 0;
        }
    }

    /** A local cluster on Windows must not be asked to delete files (docs/windows.md), unless the user insists. */
    private static void refuseRiskyOnWindows(CommandSpec spec, TargetOptions target, Map<String, String> configs,
                                             boolean force) {
        List<String> risky = target.isLocal() ? WindowsDataSafety.forThisMachine().riskyKeys(configs) : List.of();
        if (!risky.isEmpty() && !force) {
            throw new ParameterException(spec.commandLine(), WindowsDataSafety.RISKY_SETTING + " Refused: "
                    + String.join(", ", risky) + " (--force to set it anyway).");
        }
    }

    static Map<Integer, List<Integer>> parseAssignment(String text) {
        Map<Integer, List<Integer>> assignment = new LinkedHashMap<>();
        String[] partitions = text.split(",");
        for (int p = 0; p < partitions.length; p++) {
            assignment.put(p, parseBrokers(partitions[p], ":"));
        }
        return assignment;
    }

    static List<Integer> parseBrokers(String text, String separator) {
        List<Integer> brokers = new ArrayList<>();
        for (String id : text.split(separator)) {
            try {
                brokers.add(Integer.parseInt(id.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + id + "' is not a broker id in '" + text + "'");
            }
        }
        return brokers;
    }

    @Command(name = "delete", description = "Delete a topic and its messages.")
    static final class Delete implements Callable<Integer> {
        @Mixin
        TargetOptions target;

        @Parameters(paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Option(names = "--force", description = "On Windows: delete anyway, although it crashes brokers (KAFKA-1194).")
        boolean force;

        @Override
        public Integer call() {
            if (target.isLocal() && WindowsDataSafety.forThisMachine().enabled() && !force) {
                throw new ParameterException(spec.commandLine(), WindowsDataSafety.DELETE_TOPIC);
            }
            try (TopicService topics = service(target)) {
                topics.delete(name);
            }
            spec.commandLine().getOut().println("deleted topic " + name);
            return 0;
        }
    }

    @Command(name = "alter-config", description = "Set or remove topic config overrides (others are kept).")
    static final class AlterConfig implements Callable<Integer> {
        @Mixin
        TargetOptions target;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--set", paramLabel = "K=V", description = "An override to set; repeatable.")
        Map<String, String> set = new LinkedHashMap<>();

        @Option(names = "--delete", paramLabel = "K", description = "An override to remove (back to the default); repeatable.")
        Set<String> remove = new LinkedHashSet<>();

        @Option(names = "--force", description = "On Windows: accept settings that make brokers delete files (KAFKA-1194).")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            refuseRiskyOnWindows(spec, target, set, force);
            try (TopicService topics = service(target)) {
                topics.alterConfigs(name, set, remove);
            }
            spec.commandLine().getOut().println("altered the configs of " + name);
            return 0;
        }
    }

    @Command(name = "add-partitions", description = "Grow a topic to more partitions.")
    static final class AddPartitions implements Callable<Integer> {
        @Mixin
        TargetOptions target;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--partitions", required = true, paramLabel = "TOTAL", description = "The new total.")
        int partitions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (TopicService topics = service(target)) {
                topics.addPartitions(name, partitions);
            }
            spec.commandLine().getOut().println(name + " now has " + partitions + " partitions");
            return 0;
        }
    }

    @Command(name = "elect-leaders", description = "Move each partition's leadership back to its preferred replica.")
    static final class ElectLeaders implements Callable<Integer> {
        @Mixin
        TargetOptions target;

        @Parameters(paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ElectionResult result;
            try (TopicService topics = service(target)) {
                result = topics.electPreferredLeaders(name);
            }
            // partial success (some partitions' preferred replicas down, as during a failover) is still a success
            spec.commandLine().getOut().println(result.describe(name));
            return 0;
        }
    }

    @Command(name = "reassign", description = "Give a partition a new replica list (the first becomes preferred leader).")
    static final class Reassign implements Callable<Integer> {
        @Mixin
        TargetOptions target;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--partition", required = true, paramLabel = "P")
        int partition;

        @Option(names = "--replicas", required = true, paramLabel = "B,B,...", description = "Broker ids, e.g. 2,3,1.")
        String replicas;

        @Option(names = "--elect", description = "Then elect the preferred leader, so leadership moves at once.")
        boolean elect;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60")
        int timeoutSeconds;

        @Option(names = "--force", description = "On Windows: take replicas off brokers anyway, although it crashes them (KAFKA-1194).")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<Integer> next = parseBrokers(replicas, ",");
            try (TopicService topics = service(target)) {
                WindowsDataSafety windows = WindowsDataSafety.forThisMachine();
                if (target.isLocal() && windows.enabled() && !force) {
                    List<Integer> current = topics.describe(name).partitions().stream()
                            .filter(p -> p.partition() == partition).findFirst()
                            .map(PartitionInfo::replicas).orElse(List.of());
                    List<Integer> removed = windows.removedReplicas(current, next);
                    if (!removed.isEmpty()) {
                        throw new ParameterException(spec.commandLine(), WindowsDataSafety.REMOVE_REPLICA
                                + " Refused: broker(s) " + removed + " would lose their replica (--force to do it anyway).");
                    }
                }
                topics.reassign(name, partition, next, Duration.ofSeconds(timeoutSeconds));
                if (elect) {
                    // only the moved partition: the others keep the leaders they have
                    topics.electPreferredLeaders(name, Set.of(partition));
                }
            }
            spec.commandLine().getOut().println("partition " + partition + " of " + name + " now on brokers " + replicas);
            return 0;
        }
    }

    @Command(name = "groups", description = "List consumer groups, or one group's lag per partition.")
    static final class Groups implements Callable<Integer> {
        @Mixin
        TargetOptions target;

        @Option(names = "--group", paramLabel = "GROUP", description = "Show this group's lag per partition.")
        String group;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ConsumerGroupService groups = new ConsumerGroupService(KafkaClients.admin(target.bootstrapServers()))) {
                if (group == null) {
                    List<String> ids = groups.list();
                    if (json) {
                        out.println(JSON.writeValueAsString(ids));
                    } else {
                        ids.forEach(out::println);
                    }
                } else {
                    ConsumerGroupLag lag = groups.lag(group);
                    if (json) {
                        out.println(JSON.writeValueAsString(lag));
                    } else {
                        out.printf("Group: %s\tState: %s\tTotal lag: %d%n", lag.group(), lag.state(), lag.totalLag());
                        for (ConsumerGroupLag.PartitionLag p : lag.partitions()) {
                            out.printf("\t%s-%d\tcommitted: %d\tend: %d\tlag: %d\tmember: %s%n", p.topic(), p.partition(),
                                    p.committedOffset(), p.endOffset(), p.lag(), p.member() == null ? "-" : p.member());
                        }
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "reset-offsets", description = "Move a stopped group's offsets on a topic.")
    static final class ResetOffsets implements Callable<Integer> {
        @Mixin
        TargetOptions target;

        @Option(names = "--group", required = true, paramLabel = "GROUP")
        String group;

        @Option(names = "--topic", required = true, paramLabel = "TOPIC")
        String topic;

        @Option(names = "--to", required = true, paramLabel = "TARGET",
                description = "earliest, latest, offset:N or timestamp:EPOCH_MILLIS")
        String to;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            OffsetResetTarget resetTarget = OffsetResetTarget.parse(to);
            Map<Integer, Long> offsets;
            try (ConsumerGroupService groups = new ConsumerGroupService(KafkaClients.admin(target.bootstrapServers()))) {
                offsets = groups.resetOffsets(group, topic, resetTarget);
            }
            PrintWriter out = spec.commandLine().getOut();
            offsets.forEach((partition, offset) -> out.printf("%s-%d -> %d%n", topic, partition, offset));
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", description = "List topic names.")
    static final class ListTopics implements Callable<Integer> {
        @Mixin
        TargetOptions target;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (TopicService topics = service(target)) {
                topics.list().forEach(spec.commandLine().getOut()::println);
            }
            return 0;
        }
    }

    @Command(name = "describe", description = "Show a topic's partitions (leader, replicas, ISR) and configs.")
    static final class Describe implements Callable<Integer> {

        @Mixin
        TargetOptions target;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            TopicInfo topic;
            try (TopicService topics = service(target)) {
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
            String overrides = topic.configs().stream().filter(TopicConfigEntry::isOverride)
                    .map(c -> c.name() + "=" + c.value()).collect(Collectors.joining(", "));
            out.println("\tConfigs: " + (overrides.isEmpty() ? "(defaults only)" : overrides));
        }

        private static String join(List<Integer> ids) {
            return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
    }
}
