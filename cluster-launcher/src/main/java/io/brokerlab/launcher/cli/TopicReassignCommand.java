package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.admin.WindowsDataSafety;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reassign", description = "Give a partition a new replica list (the first becomes preferred leader).")
final class TopicReassignCommand extends NamedTopicSubcommand {

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

    @Override
    public Integer call() {
        List<Integer> next = BrokerIds.parseList(replicas, ",");
        return change(topics -> {
            refuseRemovingReplicas(topics, next);
            topics.reassign(name, partition, next, Duration.ofSeconds(timeoutSeconds));
            if (elect) {
                // only the moved partition: the others keep the leaders they have
                topics.electPreferredLeaders(name, Set.of(partition));
            }
            return "partition " + partition + " of " + name + " now on brokers " + replicas;
        });
    }

    private void refuseRemovingReplicas(TopicService topics, List<Integer> next) {
        WindowsDataSafety windows = target.windowsDataSafety();
        if (!windows.enabled() || force) {
            return;
        }
        List<Integer> current = topics.describe(name).partitions().stream()
                .filter(p -> p.partition() == partition).findFirst()
                .map(PartitionInfo::replicas).orElse(List.of());
        List<Integer> removed = windows.removedReplicas(current, next);
        if (!removed.isEmpty()) {
            throw usageError(WindowsDataSafety.REMOVE_REPLICA
                    + " Refused: broker(s) " + removed + " would lose their replica (--force to do it anyway).");
        }
    }
}
