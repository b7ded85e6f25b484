package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The selected topic's partitions: leader, replicas, ISR, leader epoch and end offset. FX thread. */
final class PartitionTable extends TableView<PartitionInfo> {

    private final TopicsViewModel model;

    PartitionTable(TopicsViewModel model) {
        this.model = model;
        setId("partitions-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("Partition", p -> String.valueOf(p.partition())));
        getColumns().add(column("Leader", p -> p.offline() ? "none (offline)" : "broker-" + p.leader()));
        getColumns().add(column("Replicas", p -> join(p.replicas())));
        getColumns().add(column("In sync (ISR)", p -> join(p.isr())));
        getColumns().add(column("Leader epoch", p -> {
            TopicInfo t = model.detailProperty().get();
            int epoch = t == null ? -1 : model.leaderEpoch(t.name(), p.partition());
            return epoch < 0 ? "" : String.valueOf(epoch);
        }));
        TableColumn<PartitionInfo, String> endOffset = new TableColumn<>("End offset");
        endOffset.setCellValueFactory(c -> {
            int partition = c.getValue().partition();
            return Bindings.createStringBinding(() -> {
                Long offset = model.endOffsets().get(partition);
                return offset == null ? "—" : String.format("%,d", offset);
            }, model.endOffsets());
        });
        endOffset.setId("partitions-end-offset");
        getColumns().add(endOffset);
        setPrefHeight(180);
        model.detailProperty().addListener(o -> fill());
    }

    private void fill() {
        TopicInfo t = model.detailProperty().get();
        List<PartitionInfo> rows = t == null ? List.of() : t.partitions();
        if (getItems().equals(rows)) {
            // the same partitions again (another topic changed): keep the cells as they are
            return;
        }
        PartitionInfo was = getSelectionModel().getSelectedItem();
        getItems().setAll(rows);
        if (was != null) {
            // a new state replaces the rows; keep the user's partition selected
            getItems().stream().filter(p -> p.partition() == was.partition()).findFirst()
                    .ifPresent(p -> getSelectionModel().select(p));
        }
    }

    static String join(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static TableColumn<PartitionInfo, String> column(String title, Function<PartitionInfo, String> f) {
        TableColumn<PartitionInfo, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
        return column;
    }
}
