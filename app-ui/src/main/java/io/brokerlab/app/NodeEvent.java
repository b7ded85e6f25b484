package io.brokerlab.app;

import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.NodeStatus;
import java.time.Instant;

/** One node change as a {@link io.brokerlab.launcher.cluster.ClusterListener} reported it, with when it arrived. */
public record NodeEvent(Instant at, NodeStatus previous, NodeStatus current, ClusterSnapshot snapshot) {
}
