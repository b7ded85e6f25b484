package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.admin.ConsumerGroupService;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.admin.WindowsDataSafety;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.LocalCluster;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which cluster a command talks to: a local workspace's ({@code --workspace}), or any cluster
 * reached by {@code --bootstrap} (an external or KRaft cluster) for commands that only use the
 * Kafka protocol.
 */
final class TargetOptions {

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT[,...]",
            description = "Bootstrap servers of any cluster, instead of a local workspace's.")
    String bootstrap;

    String bootstrapServers() {
        if (bootstrap != null) {
            if (workspace.directory != null) {
                throw new IllegalArgumentException("give either --bootstrap or --workspace, not both");
            }
            if (bootstrap.isBlank()) {
                throw new IllegalArgumentException("--bootstrap needs HOST:PORT[,HOST:PORT...]");
            }
            return bootstrap;
        }
        return ClusterTarget.running(workspace).bootstrapServers();
    }

    /** A workspace's cluster, whose brokers run on this machine. */
    boolean isLocal() {
        return bootstrap == null;
    }

    /**
     * Topic admin of this cluster. The brokers the workspace knows are down are passed along because ZooKeeper
     * still lists a dead broker until its session ends, and Kafka would elect it.
     */
    TopicService topicService() {
        if (bootstrap != null) {
            return new TopicService(KafkaClients.admin(bootstrapServers()));
        }
        // one read of the workspace gives both
        ClusterSnapshot running = ClusterTarget.running(workspace);
        Set<Integer> down = running.brokersDown();
        return new TopicService(KafkaClients.admin(running.bootstrapServers()), () -> down);
    }

    ConsumerGroupService consumerGroupService() {
        return new ConsumerGroupService(KafkaClients.admin(bootstrapServers()));
    }

    /** A local cluster's brokers run on this machine, so only they can be hurt by Windows file deletion. */
    WindowsDataSafety windowsDataSafety() {
        return isLocal() ? WindowsDataSafety.forThisMachine() : new WindowsDataSafety(false);
    }

    /** The local cluster whose processes may be controlled; empty with {@code --bootstrap}. */
    Optional<LocalCluster> localCluster() {
        return bootstrap == null ? Optional.of(workspace.openCluster()) : Optional.empty();
    }
}
