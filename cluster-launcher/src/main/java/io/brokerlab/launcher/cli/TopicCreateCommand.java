package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.admin.NewTopicRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "create", description = "Create a topic.")
final class TopicCreateCommand extends NamedTopicSubcommand {

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

    @Override
    public Integer call() {
        refuseRiskyConfigs(configs, force);
        NewTopicRequest request = request();
        return change(topics -> {
            topics.create(request);
            return "created topic " + name;
        });
    }

    private NewTopicRequest request() {
        if (replicaAssignment != null) {
            if (partitions != null || replicationFactor != null) {
                throw usageError("--replica-assignment sets partitions and"
                        + " replicas itself; drop --partitions and --replication-factor");
            }
            return NewTopicRequest.withAssignment(name, BrokerIds.parseAssignment(replicaAssignment), configs);
        }
        if (partitions == null || replicationFactor == null) {
            throw usageError("give --partitions and --replication-factor, or --replica-assignment");
        }
        return new NewTopicRequest(name, partitions, replicationFactor, configs);
    }
}
