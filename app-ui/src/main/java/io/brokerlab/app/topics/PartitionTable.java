package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** The selected topic's partitions: leader, replicas, ISR, leader epoch and end offset. FX thread. */
final class PartitionTable extends TableView<PartitionTable.Row> {

    /**
     * A partition with its leader epoch: the epoch is not part of {@link PartitionInfo}, and a row that carries it
     * is replaced when only the epoch changes (a re-election, or another topic laid out alike).
     */
    record Row(PartitionInfo partition, int leaderEpoch) {
    }

    private static final int MOST_ROWS_SHOWN = 10;

    private final TopicsViewModel model;
    private double measured = -1;

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
        // no text of its own: the label below is the header, without a gap before it
        TableColumn<Row, String> epoch = column(null, r -> r.leaderEpoch() < 0 ? "—" : String.valueOf(r.leaderEpoch()));
        epoch.setId("partitions-epoch");
        // "Leader epoch" in full is cut in a laptop-wide window; the short word and a tooltip fit
        Label epochHeader = new Label("Epoch");
        epochHeader.setTooltip(new Tooltip("Leader epoch: the controller counts it up each time the partition gets a new leader"));
        epoch.setGraphic(epochHeader);
        epoch.setMinWidth(70);
        getColumns().add(epoch);
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
        model.detailProperty().addListener(o -> fill());
    }

    /**
     * As tall as its rows, up to {@link #MOST_ROWS_SHOWN} (more scroll), so neither a blank strip under three
     * partitions nor a table that pushes the replica map off screen. Measured from the rendered header and row, so
     * it follows the font size chosen for a projector.
     */
    @Override
    protected double computePrefHeight(double width) {
        Region header = (Region) lookup(".column-header-background");
        Region row = (Region) lookup(".table-row-cell");
        if (header == null || row == null || row.getHeight() <= 0) {
            return super.computePrefHeight(width);
        }
        int shown = Math.max(1, Math.min(MOST_ROWS_SHOWN, getItems().size()));
        // a pixel to spare: an exact fit can still show a vertical scroll bar after rounding
        return snappedTopInset() + header.getHeight() + shown * row.getHeight() + snappedBottomInset() + 1;
    }

    /** The header and rows are measured in a layout: once they change, the parent asks the height again. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double now = computePrefHeight(-1);
        if (now != measured) {
            measured = now;
            requestLayout();
        }
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
        requestLayout();
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
