package io.brokerlab.launcher.state;

import java.util.List;

/**
 * Told about every new {@link ClusterState}. Each call runs on the
 * {@link java.util.concurrent.Executor} given when the listener was added, in the order the
 * states were built.
 */
@FunctionalInterface
public interface ClusterStateListener {

    /**
     * @param state  the cluster now
     * @param events what changed since the previous state, oldest first; empty for a change
     *               that is only a refresh (the first full read, for example)
     */
    void stateChanged(ClusterState state, List<ClusterEvent> events);
}
