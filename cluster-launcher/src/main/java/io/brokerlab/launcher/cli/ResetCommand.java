package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.cluster.ClusterException;
import io.brokerlab.launcher.cluster.LocalCluster;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reset", description = "Wipe all topic and ZooKeeper data; keep the definition and properties files.")
final class ResetCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--yes", description = "Confirm: all messages and topics are deleted.")
    boolean yes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!yes) {
            throw new ClusterException("reset deletes every topic and message; run `brokerlab reset --yes` to confirm");
        }
        try (LocalCluster cluster = workspace.openCluster()) {
            if (cluster.refresh().join().anyAlive()) {
                throw new ClusterException("the cluster is running; run `brokerlab down` before `reset`");
            }
            cluster.workspace().resetData();
        }
        spec.commandLine().getOut().println("data wiped in " + workspace.directory());
        return 0;
    }
}
