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
final class PartitionTable extends TableView<PartitionTable.Row> {

    /**
     * A partition with its leader epoch: the epoch is not part of {@link PartitionInfo}, and a row that carries it
     * is replaced when only the epoch changes (a re-election, or another topic laid out alike).
     */
    record Row(PartitionInfo partition, int leaderEpoch) {
    }

    private final TopicsViewModel model;

    PartitionTable(TopicsViewModel model) {
        this.model = model;
        setId("partitions-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("Partition", r -> String.valueOf(r.partition().partition())));
        getColumns().add(column("Leader", r -> r.partition().offline() ? "none (offline)"
                : "broker-" + r.partition().leader()));
        getColumns().add(column("Replicas", r -> join(r.partition().replicas())));
        getColumns().add(column("In sync (ISR)", r -> join(r.partition().isr())));
        // unknown until the first state, and for an external cluster watched without its ZooKeeper
        getColumns().add(column("Leader epoch", r -> r.leaderEpoch() < 0 ? "—" : String.valueOf(r.leaderEpoch())));
        TableColumn<Row, String> endOffset = new TableColumn<>("End offset");
        endOffset.setCellValueFactory(c -> {
            int partition = c.getValue().partition().partition();
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

    /** The partition the user selected, else the first; null when the topic has none. */
    PartitionInfo selectedOrFirst() {
        Row row = getSelectionModel().getSelectedItem();
        if (row == null && !getItems().isEmpty()) {
            row = getItems().get(0);
        }
        return row == null ? null : row.partition();
    }

    private void fill() {
        TopicInfo t = model.detailProperty().get();
        List<Row> rows = t == null ? List.of() : t.partitions().stream()
                .map(p -> new Row(p, model.leaderEpoch(t.name(), p.partition()))).toList();
        if (getItems().equals(rows)) {
            // the same partitions and epochs again (another topic changed): keep the cells as they are
            return;
        }
        Row was = getSelectionModel().getSelectedItem();
        getItems().setAll(rows);
        if (was != null) {
            // a new state replaces the rows; keep the user's partition selected
            getItems().stream().filter(r -> r.partition().partition() == was.partition().partition()).findFirst()
                    .ifPresent(r -> getSelectionModel().select(r));
        }
    }

    static String join(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> f) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
        return column;
    }
}
