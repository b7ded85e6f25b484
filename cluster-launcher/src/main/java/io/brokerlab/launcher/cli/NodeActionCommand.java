package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The per-node commands; each names one node as zk-N or broker-N. */
abstract class NodeActionCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "NODE", description = "zk-<myid> or broker-<broker.id>, e.g. broker-2.")
    String node;

    @Spec
    CommandSpec spec;

    abstract CompletableFuture<NodeStatus> apply(LocalCluster cluster, NodeId id);

    @Override
    public Integer call() {
        NodeId id = NodeId.parse(node);
        try (LocalCluster cluster = workspace.openCluster()) {
            NodeStatus status = apply(cluster, id).join();
            spec.commandLine().getOut().println(status.name() + " " + status.state().label()
                    + status.exitReason().map(r -> " (" + r + ")").orElse(""));
        }
        return 0;
    }

    @Command(name = "start", description = "Start one node and wait until it is ready.")
    static final class Start extends NodeActionCommand {
        CompletableFuture<NodeStatus> apply(LocalCluster cluster, NodeId id) {
            return cluster.start(id);
        }
    }

    @Command(name = "stop", description = "Stop one node gracefully (a broker does a controlled shutdown).")
    static final class Stop extends NodeActionCommand {
        CompletableFuture<NodeStatus> apply(LocalCluster cluster, NodeId id) {
            return cluster.stop(id);
        }
    }

    @Command(name = "kill", description = "Kill one node instantly (SIGKILL): a crash, for failover demos.")
    static final class Kill extends NodeActionCommand {
        CompletableFuture<NodeStatus> apply(LocalCluster cluster, NodeId id) {
            return cluster.kill(id);
        }
    }

    @Command(name = "restart", description = "Stop one node gracefully, then start it.")
    static final class Restart extends NodeActionCommand {
        CompletableFuture<NodeStatus> apply(LocalCluster cluster, NodeId id) {
            return cluster.restart(id);
        }
    }

    @Command(name = "pause", description = "Freeze one node (SIGSTOP): a hung process.")
    static final class Pause extends NodeActionCommand {
        CompletableFuture<NodeStatus> apply(LocalCluster cluster, NodeId id) {
            return cluster.pause(id);
        }
    }

    @Command(name = "resume", description = "Unfreeze a paused node (SIGCONT).")
    static final class Resume extends NodeActionCommand {
        CompletableFuture<NodeStatus> apply(LocalCluster cluster, NodeId id) {
            return cluster.resume(id);
        }
    }
}
