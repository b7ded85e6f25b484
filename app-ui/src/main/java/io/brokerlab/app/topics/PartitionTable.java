package io.brokerlab.app.topics;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.ui.ColumnEms;
import io.brokerlab.app.ui.TextColumn;
import io.brokerlab.launcher.admin.PartitionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The selected topic's partitions: leader, replicas, ISR, leader epoch and end offset. FX thread. */
final class PartitionTable extends TableView<PartitionRow> {

    private static final int MOST_ROWS_SHOWN = 10;
    /**
     * Rows kept when the replica map below wants the room too (a large font on a laptop screen): the map shows the
     * leaders too, and a table that kept five rows cut the map to three partitions at a projector's text size.
     */
    private static final int FEWEST_ROWS_SHOWN = 3;

    /** A cell whose value names a broker that is down. */
    static final String BROKER_DOWN = "broker-down";
    /** An ISR smaller than the topic's min.insync.replicas: acks=all writes are refused. */
    static final String BELOW_MIN_ISR = "isr-below-min";

    private static final double LEADER_EMS = 7;
    private static final double ISR_EMS = 8;
    /** A cell's padding either side of its text, in ems, and a little more so that no text ends at the edge. */
    private static final double CELL_PADDING_EMS = 1.5;

    private final TopicsViewModel model;
    private final ColumnEms widths = new ColumnEms();
    private final TableColumn<PartitionRow, PartitionRow> leader;
    private final TableColumn<PartitionRow, PartitionRow> isr;
    private double measured = -1;

    PartitionTable(TopicsViewModel model) {
        this.model = model;
        setId("partitions-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        add(TextColumn.of("Partition", r -> String.valueOf(r.partition().partition())), 5);
        leader = marking("Leader", PartitionRow::leader,
                r -> r.leaderDown() ? List.of(BROKER_DOWN) : List.of(), PartitionRow::downExplained);
        leader.setId("partitions-leader");
        add(leader, LEADER_EMS);
        add(TextColumn.of("Replicas", r -> PartitionRow.join(r.partition().replicas())), 5.5);
        isr = marking(null, PartitionRow::isr, PartitionTable::isrMarks, PartitionRow::isrExplained);
        isr.setId("partitions-isr");
        Label isrHeader = new Label("In sync (ISR)");
        isrHeader.setTooltip(new Tooltip("The in-sync replicas: the leader and the followers that have all its"
                + " messages. With fewer than the topic's min.insync.replicas (beside its name above), producers with"
                + " acks=all are refused."));
        isr.setGraphic(isrHeader);
        add(isr, ISR_EMS);
        // unknown until the first state, and for an external cluster watched without its ZooKeeper
        // no text of its own: the label below is the header, without a gap before it
        TableColumn<PartitionRow, String> epoch = TextColumn.of(null, r -> r.leaderEpoch() < 0 ? "—" : String.valueOf(r.leaderEpoch()));
        epoch.setId("partitions-epoch");
        // "Leader epoch" in full is cut in a laptop-wide window; the short word and a tooltip fit
        Label epochHeader = new Label("Epoch");
        epochHeader.setTooltip(new Tooltip("Leader epoch: the controller counts it up each time the partition gets a new leader"));
        epoch.setGraphic(epochHeader);
        add(epoch, 4.5);
        TableColumn<PartitionRow, EndOffsetShown> endOffset = new TableColumn<>("End offset");
        endOffset.setCellValueFactory(c -> {
            int partition = c.getValue().partition().partition();
            return Bindings.createObjectBinding(() -> EndOffsetShown.of(model, partition), model.endOffsets(),
                    model.unansweredEndOffsets());
        });
        endOffset.setCellFactory(c -> new EndOffsetCell());
        endOffset.setId("partitions-end-offset");
        add(endOffset, 6.5);
        model.detailProperty().addListener(o -> fill());
        // a kill shows in the replica map and the topic health at once, before Kafka's metadata changes: so here too
        model.liveBrokersProperty().addListener(o -> fill());
        // the brokers' default read after the rows were drawn, or the topic's own changed: below min ISR is marked anew
        model.minInsyncReplicasProperty().addListener(o -> fill());
    }

    private static List<String> isrMarks(PartitionRow row) {
        List<String> marks = new ArrayList<>();
        if (!row.isrDown().isEmpty()) {
            marks.add(BROKER_DOWN);
        }
        if (row.belowMinIsr()) {
            marks.add(BELOW_MIN_ISR);
        }
        return marks;
    }

    private void add(TableColumn<PartitionRow, ?> column, double ems) {
        getColumns().add(widths.atLeast(column, ems));
    }

    /**
     * As tall as its rows, up to {@link #MOST_ROWS_SHOWN} (more scroll), so neither a blank strip under three
     * partitions nor a table that pushes the replica map off screen. From the rendered header and the row height the
     * app's stylesheet fixes in em, so it follows the font size chosen for a projector; without that stylesheet the
     * table keeps TableView's own height.
     */
    @Override
    protected double computePrefHeight(double width) {
        double rows = rowsHeight(Math.min(MOST_ROWS_SHOWN, getItems().size()));
        return rows < 0 ? super.computePrefHeight(width) : rows + sidewaysBarHeight();
    }

    /**
     * Up to {@link #FEWEST_ROWS_SHOWN} rows stay when the parent is short of room; the rest scroll (a sideways scroll
     * bar then lies over them: the least height leaves it out, since the divider above the map is placed from it once).
     */
    @Override
    protected double computeMinHeight(double width) {
        double rows = rowsHeight(Math.min(FEWEST_ROWS_SHOWN, getItems().size()));
        return rows < 0 ? super.computeMinHeight(width) : rows;
    }

    /** The rendered header and {@code rows} rows (at least one); -1 before the header's first layout. */
    private double rowsHeight(int rows) {
        Region header = (Region) lookup(".column-header-background");
        if (header == null || header.getHeight() <= 0 || getFixedCellSize() <= 0) {
            return -1;
        }
        // a pixel to spare: an exact fit can still show a vertical scroll bar after rounding
        return snappedTopInset() + header.getHeight() + Math.max(1, rows) * getFixedCellSize() + snappedBottomInset()
                + 1;
    }

    /** The scroll bar shown once the columns are wider than the table (large text) lies over the last row else. */
    private double sidewaysBarHeight() {
        return lookupAll(".scroll-bar").stream()
                .filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .filter(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible())
                .mapToDouble(ScrollBar::getHeight).max().orElse(0);
    }

    /** The header is measured in a layout: once its height changes, the parent asks the table's height again. */
    @Override
    protected void layoutChildren() {
        widths.apply(this);
        super.layoutChildren();
        ColumnEms.refit(this);
        double now = computePrefHeight(-1);
        if (now != measured) {
            measured = now;
            Remeasure.later(this);
        }
    }

    /** The partition the user selected, else the first; null when the topic has none. */
    PartitionInfo selectedOrFirst() {
        PartitionRow row = getSelectionModel().getSelectedItem();
        if (row == null && !getItems().isEmpty()) {
            row = getItems().get(0);
        }
        return row == null ? null : row.partition();
    }

    private void fill() {
        List<PartitionRow> rows = model.partitionRows();
        if (getItems().equals(rows)) {
            // the same partitions, epochs and down brokers again (another topic changed): keep the cells as they are
            return;
        }
        PartitionRow was = getSelectionModel().getSelectedItem();
        // a killed broker Kafka still names ("broker-2 (down)", "2, 1, 3 (broker-3 down)"): the failover demo's
        // moment to read, whole, so those columns widen (or the table scrolls sideways) rather than cut it
        widths.atLeast(leader, Math.max(LEADER_EMS, widest(rows.stream().filter(r -> r.partition().offline()
                || r.leaderDown()).map(PartitionRow::leader).toList())));
        widths.atLeast(isr, Math.max(ISR_EMS, widest(rows.stream().filter(r -> !r.isrDown().isEmpty())
                .map(PartitionRow::isr).toList())));
        getItems().setAll(rows);
        requestLayout();
        if (was != null) {
            // a new state replaces the rows; keep the user's partition selected
            getItems().stream().filter(r -> r.partition().partition() == was.partition().partition()).findFirst()
                    .ifPresent(r -> getSelectionModel().select(r));
        }
    }

    /** The widest of {@code texts} in a cell, in ems of the table's font; 0 for none. */
    private static double widest(List<String> texts) {
        Text measured = new Text();
        measured.setFont(Font.font(Font.getDefault().getFamily(), 100));
        double most = 0;
        for (String text : texts) {
            measured.setText(text);
            most = Math.max(most, measured.getLayoutBounds().getWidth() / 100 + CELL_PADDING_EMS);
        }
        return most;
    }

    /** A partition's end offset as shown: "—" before the first read; {@code notCurrent} says why it is old, or null. */
    record EndOffsetShown(String text, String notCurrent) {

        static EndOffsetShown of(TopicsViewModel model, int partition) {
            Long offset = model.endOffsets().get(partition);
            return offset == null ? new EndOffsetShown("—", null)
                    : new EndOffsetShown(String.format("%,d", offset), model.endOffsetNotCurrent(partition));
        }
    }

    /** The last end offset read; muted with a tooltip saying when, while the partition's leader does not answer. */
    private static final class EndOffsetCell extends TableCell<PartitionRow, EndOffsetShown> {

        @Override
        protected void updateItem(EndOffsetShown shown, boolean empty) {
            super.updateItem(shown, empty);
            boolean old = !empty && shown != null && shown.notCurrent() != null;
            setText(empty || shown == null ? null : shown.text());
            getStyleClass().remove(Styles.TEXT_MUTED);
            if (old) {
                getStyleClass().add(Styles.TEXT_MUTED);
            }
            setTooltip(old ? new Tooltip(shown.notCurrent()) : null);
        }
    }

    /**
     * Kafka's value with the style classes {@code marks} gives it (a broker down, the ISR below min), and what
     * {@code explained} says of them in a tooltip.
     */
    private static TableColumn<PartitionRow, PartitionRow> marking(String title, Function<PartitionRow, String> text,
                                                                   Function<PartitionRow, List<String>> marks,
                                                                   Function<PartitionRow, String> explained) {
        TableColumn<PartitionRow, PartitionRow> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PartitionRow row, boolean empty) {
                super.updateItem(row, empty);
                List<String> marked = empty || row == null ? List.of() : marks.apply(row);
                setText(empty || row == null ? null : text.apply(row));
                getStyleClass().removeAll(BROKER_DOWN, BELOW_MIN_ISR);
                getStyleClass().addAll(marked);
                setTooltip(marked.isEmpty() ? null : new Tooltip(explained.apply(row)));
            }
        });
        return column;
    }
}
