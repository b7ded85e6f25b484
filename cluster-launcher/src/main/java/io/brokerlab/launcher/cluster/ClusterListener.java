package io.brokerlab.launcher.cluster;

/**
 * Told about node changes. Each call runs on the {@link java.util.concurrent.Executor} given
 * when the listener was added (the app passes its FX executor, tests a direct one).
 */
@FunctionalInterface
public interface ClusterListener {

    /**
     * @param previous the node before the change (state STOPPED when first seen)
     * @param current  the node now
     * @param snapshot the whole cluster after the change
     */
    void nodeChanged(NodeStatus previous, NodeStatus current, ClusterSnapshot snapshot);
}
