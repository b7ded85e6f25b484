package io.brokerlab.app.cluster;

import io.brokerlab.launcher.config.NodeId;
import java.util.List;

/**
 * A local cluster's node actions for the views that show nodes without their cards, such as the replica map: in a
 * failover demo the broker to kill is found where its replicas are drawn. FX thread.
 */
public interface NodeActions {

    /** Offers nothing: a view shown without the Cluster view's process control (in tests). */
    NodeActions NONE = new NodeActions() {
        @Override
        public List<ClusterViewModel.Action> offered(NodeId node, List<ClusterViewModel.Action> menu) {
            return List.of();
        }

        @Override
        public void run(ClusterViewModel.Action action, NodeId node) {
        }
    };

    /** Of {@code menu}, in its order, the actions the node's card would let the user press now. */
    List<ClusterViewModel.Action> offered(NodeId node, List<ClusterViewModel.Action> menu);

    /** Runs {@code action} as the node's card would; what it did (or why not) is the implementation's to show. */
    void run(ClusterViewModel.Action action, NodeId node);
}
