package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ReplicaMapTest {

    @TempDir
    Path temp;

    @Test
    void aLeaderChangeRestylesTheCellsInPlaceAndANewPartitionRebuildsTheGrid() throws Exception {
        FxToolkit.registerPrimaryStage();
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 3));
        cluster.up();
        UiTestSupport.onFx(() -> {
            TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run);
            model.attach(null, List.of(1, 2, 3));
            model.apply(cluster.snapshot());
            model.apply(List.of(topic(new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3)))));
            ReplicaMap map = new ReplicaMap(model);
            Label oldLeader = cell(map, 0, 1);
            Label newLeader = cell(map, 0, 2);
            Node icon = newLeader.getGraphic();
            assertThat(oldLeader.getStyleClass()).contains("replica-cell", "replica-leader");
            int nodes = map.getChildren().size();

            model.apply(List.of(topic(new PartitionInfo(0, 2, List.of(1, 2, 3), List.of(2, 3)))));

            assertThat(cell(map, 0, 2)).as("the same cell, restyled").isSameAs(newLeader);
            assertThat(newLeader.getStyleClass()).contains("replica-cell", "replica-leader").doesNotContain("replica-insync");
            assertThat(oldLeader.getStyleClass()).contains("replica-cell", "replica-outofsync").doesNotContain("replica-leader");
            assertThat(map.getChildren()).hasSize(nodes);
            assertThat(newLeader.getGraphic()).as("the icon node is kept, its glyph changed").isSameAs(icon);
            assertThat(((org.kordamp.ikonli.javafx.FontIcon) icon).getIconCode()).isEqualTo(org.kordamp.ikonli.feather.Feather.STAR);
            assertThat(newLeader.getTooltip().getText()).endsWith(ReplicaState.LEADER.label());

            model.apply(List.of(topic(new PartitionInfo(0, 2, List.of(1, 2, 3), List.of(2, 3)),
                    new PartitionInfo(1, 3, List.of(3, 1, 2), List.of(3, 1, 2)))));

            assertThat(map.getChildren()).as("a row more: header and three cells").hasSize(nodes + 4);
            assertThat(cell(map, 1, 3).getStyleClass()).contains("replica-leader");
        });
    }

    /** Not an assertion (machines differ): the figure that decides whether the map must be virtualized. */
    @Test
    void timesAThousandPartitionMap() throws Exception {
        FxToolkit.registerPrimaryStage();
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws-big"), 1, 3));
        cluster.up();
        List<PartitionInfo> partitions = new java.util.ArrayList<>();
        for (int p = 0; p < 1000; p++) {
            int leader = 1 + p % 3;
            partitions.add(new PartitionInfo(p, leader, List.of(leader, 1 + (p + 1) % 3, 1 + (p + 2) % 3),
                    List.of(leader, 1 + (p + 1) % 3)));
        }
        UiTestSupport.onFx(() -> {
            TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run);
            model.attach(null, List.of(1, 2, 3));
            model.apply(cluster.snapshot());
            javafx.scene.control.ScrollPane pane = new javafx.scene.control.ScrollPane(new ReplicaMap(model));
            pane.setFitToWidth(true);
            new javafx.scene.Scene(pane, 600, 400);
            for (int round = 0; round < 3; round++) {
                model.apply(List.of(new TopicInfo("warm" + round, false, partitions.subList(0, 50), List.of())));
                model.selectedProperty().set("warm" + round);
                pane.applyCss();
                pane.layout();
            }
            long start = System.nanoTime();
            model.apply(List.of(new TopicInfo("big", false, partitions, List.of())));
            model.selectedProperty().set("big");
            pane.applyCss();
            pane.layout();
            long built = System.nanoTime() - start;
            System.out.printf("ReplicaMap: 1,000 partitions x 3 brokers built, styled and laid out in %.1f ms%n",
                    built / 1e6);
            assertThat(pane.lookup("#replica-999-3")).isNotNull();
        });
    }

    private static TopicInfo topic(PartitionInfo... partitions) {
        return new TopicInfo("orders", false, List.of(partitions), List.of());
    }

    private static Label cell(ReplicaMap map, int partition, int broker) {
        Node node = map.lookup("#replica-" + partition + "-" + broker);
        assertThat(node).isInstanceOf(Label.class);
        return (Label) node;
    }
}
