package io.brokerlab.launcher.state;

import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.Subscription;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The live state of one cluster and the events that change it. Closing stops watching; it
 * never touches the cluster.
 */
public interface ClusterStateWatcher extends AutoCloseable {

    /** The latest state, without waiting; unreachable until the first full read. */
    ClusterState current();

    /**
     * Calls {@code listener} on {@code executor} with the current state (and no events) at once, then for every new
     * state until the subscription is closed.
     */
    Subscription addListener(Executor executor, ClusterStateListener listener);

    @Override
    void close();

    /**
     * A cluster of this machine's launcher: metadata from its ZooKeeper, node, role and quorum
     * events from the launcher. The caller keeps ownership of {@code cluster}.
     */
    static ClusterStateWatcher forLocal(LocalCluster cluster) {
        return ZooKeeperStateWatcher.forLocal(cluster);
    }

    /**
     * A cluster run elsewhere. With a ZooKeeper connect string its metadata is watched there
     * (events as they happen); without one the Admin API at {@code bootstrapServers} is polled,
     * which also works for KRaft clusters. A ZooKeeper is waited for (boundedly) and must hold the brokers' cluster.
     *
     * @throws io.brokerlab.launcher.cluster.ClusterException when the ZooKeeper does not answer or holds another
     *                                                        cluster (or none)
     */
    static ClusterStateWatcher forExternal(String bootstrapServers, Optional<String> zookeeperConnect) {
        return zookeeperConnect.<ClusterStateWatcher>map(zk -> ZooKeeperStateWatcher.forExternal(bootstrapServers, zk))
                .orElseGet(() -> new AdminPollingWatcher(bootstrapServers, AdminPollingWatcher.DEFAULT_PERIOD));
    }
}
