package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.cluster.ClusterException;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.LocalCluster;

/** Resolves the bootstrap servers of a running local cluster, or explains why there are none. */
final class ClusterTarget {

    private ClusterTarget() {
    }

    /** The workspace's nodes now, read once; fails when no broker runs. */
    static ClusterSnapshot running(WorkspaceOption workspace) {
        try (LocalCluster cluster = workspace.openCluster()) {
            ClusterSnapshot snapshot = cluster.snapshot();
            if (snapshot.liveBrokers() == 0) {
                throw new ClusterException("no broker of " + workspace.directory()
                        + " is running; start the cluster with `brokerlab up`");
            }
            return snapshot;
        }
    }
}
