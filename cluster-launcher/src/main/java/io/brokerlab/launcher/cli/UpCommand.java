package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.cluster.ClusterException;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.ClusterDefinition;
import io.brokerlab.launcher.config.PortAllocator;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "up", description = "Create the cluster if needed and start every node (resuming paused ones); returns once all are ready.")
final class UpCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--zookeepers", paramLabel = "N", description = "ZooKeeper nodes: 1, 3 or 5 (default 1).")
    Integer zookeepers;

    @Option(names = "--brokers", paramLabel = "M", description = "Kafka brokers: 1 to 9 (default 3).")
    Integer brokers;

    @Option(names = "--zookeeper-port", paramLabel = "P", description = "First ZooKeeper client port (default 2181).")
    Integer zookeeperPort;

    @Option(names = "--broker-port", paramLabel = "P", description = "First broker port (default 9092).")
    Integer brokerPort;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = workspace.directory();
        Workspace ws;
        if (Workspace.isWorkspace(dir)) {
            ws = Workspace.open(dir);
            ClusterDefinition requested = requested(ws.definition());
            List<String> differences = ws.definition().differencesFrom(requested);
            if (!differences.isEmpty()) {
                throw new ClusterException("the workspace " + dir + " defines another cluster: "
                        + String.join("; ", differences) + " (omit the options, or use another --workspace)");
            }
        } else {
            ClusterDefinition definition = requested(ClusterDefinition.defaults());
            checkPortsFree(definition);
            ws = Workspace.create(dir, definition);
            err.println("created workspace " + dir);
        }
        Instant began = Instant.now();
        try (LocalCluster cluster = LocalCluster.open(ws)) {
            cluster.addListener(Runnable::run, (before, now, all) -> {
                if (now.state() == NodeState.RUNNING && before.state() != NodeState.RUNNING) {
                    err.printf("%-9s ready after %.1f s%n", now.name(),
                            Duration.between(began, Instant.now()).toMillis() / 1000.0);
                    err.flush();
                }
            });
            ClusterSnapshot ready = cluster.up().join();
            err.printf("cluster ready in %.1f s%n", Duration.between(began, Instant.now()).toMillis() / 1000.0);
            err.flush();
            StatusCommand.printTable(spec.commandLine().getOut(), ready);
        }
        return 0;
    }

    private ClusterDefinition requested(ClusterDefinition base) {
        return new ClusterDefinition(
                zookeepers != null ? zookeepers : base.zookeepers(),
                brokers != null ? brokers : base.brokers(),
                zookeeperPort != null ? zookeeperPort : base.zookeeperPort(),
                brokerPort != null ? brokerPort : base.brokerPort());
    }

    /** Refuse before writing anything: a workspace on taken ports would never start. */
    private static void checkPortsFree(ClusterDefinition definition) {
        List<String> problems = new ArrayList<>();
        definition.nodes().forEach(n -> PortAllocator.checkAvailable(definition.clientPortOf(n)).ifPresent(problems::add));
        if (!problems.isEmpty()) {
            throw new ClusterException(String.join("; ", problems)
                    + " (choose other ports with --zookeeper-port / --broker-port)");
        }
    }
}
