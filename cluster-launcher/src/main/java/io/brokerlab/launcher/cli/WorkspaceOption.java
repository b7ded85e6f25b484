package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.workspace.HomePaths;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --workspace DIR}, defaulting to $BROKERLAB_WORKSPACE or the OS data folder. */
final class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "The cluster's folder (default: $BROKERLAB_WORKSPACE or Brokerlab's folder in your data directory).")
    String directory;

    Path directory() {
        return directory != null ? HomePaths.of(directory) : Workspace.defaultDirectory();
    }

    Workspace open() {
        return Workspace.open(directory());
    }

    LocalCluster openCluster() {
        return LocalCluster.open(open());
    }
}
