package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.app.cluster.ClusterViewModel.Action;
import io.brokerlab.app.cluster.NodeActions;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ReplicaMenuTest {

    @TempDir
    Path temp;

    /** The Cluster view's answer for a local cluster whose brokers all run: kill or stop. */
    private final List<String> ran = new ArrayList<>();
    private final NodeActions local = new NodeActions() {
        @Override
        public List<Action> offered(NodeId node, List<Action> menu) {
            return menu.stream().filter(a -> a == Action.KILL || a == Action.STOP).toList();
        }

        @Override
        public void run(Action action, NodeId node) {
            ran.add(action + " " + node);
        }
    };

    private TopicsViewModel modelShowingOrders() throws Exception {
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 3));
        cluster.up();
        TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run);
        model.attach(null, List.of(1, 2, 3));
        model.apply(cluster.snapshot());
        model.apply(List.of(new TopicInfo("orders", false,
                List.of(new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3))), List.of())));
        model.selectedProperty().set("orders");
        return model;
    }

    @Test
    void anInSyncFollowerOfALocalClusterOffersTheLeadThenItsBrokersActionsKillInRed() throws Exception {
        FxToolkit.registerPrimaryStage();
        TopicsViewModel model = modelShowingOrders();
        UiTestSupport.onFx(() -> {
            List<MenuItem> items = new ReplicaMenu(model, local, new javafx.scene.layout.Pane()).items(0, 2, ReplicaState.IN_SYNC);

            assertThat(items).extracting(MenuItem::getText).containsExactly("Make broker-2 the preferred leader of orders-0",
                    null, "Kill broker-2", "Stop broker-2");
            assertThat(items.get(1)).isInstanceOf(SeparatorMenuItem.class);
            assertThat(items.get(2).getStyleClass()).contains("danger");
            items.get(2).fire();
            assertThat(ran).containsExactly("KILL broker-2");
        });
    }

    @Test
    void theLeaderOffersOnlyItsBrokersActionsAndAnExternalClustersFollowerOnlyTheLead() throws Exception {
        FxToolkit.registerPrimaryStage();
        TopicsViewModel model = modelShowingOrders();
        UiTestSupport.onFx(() -> {
            assertThat(new ReplicaMenu(model, local, new javafx.scene.layout.Pane()).items(0, 1, ReplicaState.LEADER)).extracting(MenuItem::getText)
                    .containsExactly("Kill broker-1", "Stop broker-1");
            assertThat(new ReplicaMenu(model, NodeActions.NONE, new javafx.scene.layout.Pane()).items(0, 2, ReplicaState.IN_SYNC))
                    .extracting(MenuItem::getText).containsExactly("Make broker-2 the preferred leader of orders-0");
            assertThat(new ReplicaMenu(model, NodeActions.NONE, new javafx.scene.layout.Pane()).items(0, 1, ReplicaState.LEADER)).isEmpty();
        });
    }
}
