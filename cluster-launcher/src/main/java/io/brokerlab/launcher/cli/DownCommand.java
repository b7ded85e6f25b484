package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.cluster.LocalCluster;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "down", description = "Stop every node gracefully (brokers one by one, then ZooKeeper); data is kept.")
final class DownCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (LocalCluster cluster = workspace.openCluster()) {
            StatusCommand.printTable(spec.commandLine().getOut(), cluster.down().join());
        }
        return 0;
    }
}
