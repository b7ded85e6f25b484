package io.brokerlab.app.topics;

import io.brokerlab.app.cluster.NodeActions;
import io.brokerlab.app.ui.ColumnEms;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Brokers as columns, partitions as rows; each replica drawn by state with a different colour AND icon shape
 * (star leader, check in sync, triangle out of sync, cross offline), so it reads without colour vision too.
 * Virtualized: a topic of a thousand partitions makes only the rows on screen (a grid of every cell took seconds
 * on the FX thread), and a leader change replaces only the rows whose replicas changed state.
 */
public final class ReplicaMap extends TableView<ReplicaMap.Row> {

    /**
     * Partitions kept in sight when the room is short; a map row, a replica's label, is taller than a partition
     * table's row, and with two the leader moving from one to another still shows.
     */
    private static final int FEWEST_ROWS_SHOWN = 2;

    private ColumnEms widths = new ColumnEms();

    private final TopicsViewModel model;
    private final ReplicaMenu menu;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private Shape drawn;
    private double measured = -1;
    private List<Integer> columnBrokers;

    /**
     * One partition's line: its replica state on each broker column. The states are observed by that line's cells
     * alone, so a change redraws them and no other row (a change of the table's items would redo every visible row).
     */
    public static final class Row {

        private final int partition;
        private final ReadOnlyObjectWrapper<List<ReplicaState>> states;

        Row(int partition, List<ReplicaState> states) {
            this.partition = partition;
            this.states = new ReadOnlyObjectWrapper<>(states);
        }

        public int partition() {
            return partition;
        }

        public ReadOnlyObjectProperty<List<ReplicaState>> statesProperty() {
            return states.getReadOnlyProperty();
        }

        /** Only a real change notifies the cells. */
        void show(List<ReplicaState> now) {
            if (!now.equals(states.get())) {
                states.set(now);
            }
        }
    }

    public ReplicaMap(TopicsViewModel model, NodeActions nodes) {
        this.model = model;
        this.menu = new ReplicaMenu(model, nodes, this);
        setItems(rows);
        getStyleClass().add("replica-map");
        setId("replica-map");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Select a topic to see where its replicas live."));
        // the keyboard's way to a replica's menu: arrows move an outline from replica to replica (CSS draws the
        // selected cell as an outline, not a fill that would hide its state), Enter or the menu key opens it
        getSelectionModel().setCellSelectionEnabled(true);
        getFocusModel().focusedCellProperty().addListener((o, was, now) -> keepOffPartitionColumn(now));
        addEventHandler(KeyEvent.KEY_PRESSED, this::openMenuByKey);
        model.detailProperty().addListener(o -> redraw());
        model.versionProperty().addListener(o -> redraw());
        model.brokers().addListener((javafx.collections.ListChangeListener<Integer>) c -> redraw());
        redraw();
    }

    private void redraw() {
        TopicInfo topic = model.detailProperty().get();
        List<Integer> brokers = List.copyOf(model.brokers());
        List<Integer> partitions = topic == null ? List.of()
                : topic.partitions().stream().map(PartitionInfo::partition).toList();
        Shape shape = topic == null ? null : new Shape(topic.name(), brokers, partitions);
        if (shape != null && shape.equals(drawn)) {
            // Leaders and ISRs change far more often than the map's shape: only the rows whose states changed tell
            // their cells, so a leader change redraws a few cells in the next pulse
            for (int i = 0; i < partitions.size(); i++) {
                rows.get(i).show(states(topic.partitions().get(i), brokers));
            }
            return;
        }
        List<Row> now = new ArrayList<>(partitions.size());
        if (topic != null) {
            topic.partitions().forEach(p -> now.add(new Row(p.partition(), states(p, brokers))));
        }
        if (!brokers.equals(columnBrokers)) {
            columns(brokers);
            columnBrokers = brokers;
        }
        drawn = shape;
        rows.setAll(now);
    }

    /** The partition numbers label the rows: the keyboard steps over them to the first broker's replica. */
    private void keepOffPartitionColumn(TablePosition<Row, ?> focused) {
        if (focused != null && focused.getRow() >= 0 && getColumns().size() > 1
                && (focused.getTableColumn() == null || focused.getTableColumn() == getColumns().get(0))) {
            TableColumn<Row, ?> first = getColumns().get(1);
            // after the focus model has finished the move that led here
            Platform.runLater(() -> getSelectionModel().clearAndSelect(focused.getRow(), first));
        }
    }

    private void openMenuByKey(KeyEvent e) {
        boolean asked = e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.CONTEXT_MENU
                || e.getCode() == KeyCode.F10 && e.isShiftDown();
        TablePosition<Row, ?> at = getFocusModel().getFocusedCell();
        int column = at == null || at.getTableColumn() == null ? -1 : getColumns().indexOf(at.getTableColumn()) - 1;
        if (!asked || column < 0 || at.getRow() < 0 || at.getRow() >= rows.size()) {
            return;
        }
        Row row = rows.get(at.getRow());
        int broker = columnBrokers.get(column);
        scrollTo(at.getRow());
        layout();
        Node anchor = lookup("#replica-" + row.partition() + "-" + broker);
        if (anchor != null) {
            Bounds onScreen = anchor.localToScreen(anchor.getBoundsInLocal());
            menu.show(row.partition(), broker, row.statesProperty().get().get(column), onScreen.getMinX(),
                    onScreen.getMaxY());
            e.consume();
        }
    }

    private List<ReplicaState> states(PartitionInfo partition, List<Integer> brokers) {
        return brokers.stream().map(broker -> model.replicaState(partition, broker)).toList();
    }

    private void columns(List<Integer> brokers) {
        List<TableColumn<Row, ?>> columns = new ArrayList<>();
        widths = new ColumnEms(); // the old columns' widths go with them
        TableColumn<Row, Integer> partition = new TableColumn<>("Partition");
        partition.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().partition()));
        partition.setCellFactory(c -> new TableCell<>() {
            {
                // the theme aligns table text on the baseline, which in a row as tall as the replica labels is
                // its top: centred, the number reads as the label of its row
                setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.valueOf(item));
            }
        });
        partition.getStyleClass().add("map-header");
        partition.setSortable(false);
        partition.setReorderable(false);
        widths.between(partition, 5.5, 7);
        columns.add(partition);
        for (int c = 0; c < brokers.size(); c++) {
            int index = c;
            int broker = brokers.get(c);
            TableColumn<Row, List<ReplicaState>> column = new TableColumn<>("broker-" + broker);
            column.setCellValueFactory(cell -> cell.getValue().statesProperty());
            column.setCellFactory(cell -> new ReplicaCell(index, broker, menu));
            column.setSortable(false);
            column.setReorderable(false);
            widths.atLeast(column, 6.5);
            columns.add(column);
        }
        getColumns().setAll(columns);
    }

    /** The height that shows every partition without scrolling; -1 until a row has been laid out. */
    double wholeHeight() {
        return rowsHeight(getItems().size());
    }

    /**
     * Up to {@link #FEWEST_ROWS_SHOWN} partitions stay in sight when the view is short of room (a large font on a
     * laptop screen); the rest scroll. Without it the table's own least height, a few pixels, let the split pane
     * above squeeze the map to its header.
     */
    @Override
    protected double computeMinHeight(double width) {
        double rows = rowsHeight(Math.max(1, Math.min(FEWEST_ROWS_SHOWN, getItems().size())));
        return rows < 0 ? super.computeMinHeight(width) : rows;
    }

    /** The rendered header and {@code rows} rows; -1 until a row has been laid out. */
    private double rowsHeight(int rows) {
        Region header = (Region) lookup(".column-header-background");
        double row = lookupAll(".table-row-cell").stream().mapToDouble(n -> ((Region) n).getHeight()).filter(h -> h > 0)
                .max().orElse(-1);
        if (header == null || header.getHeight() <= 0 || row < 0) {
            return -1;
        }
        // a pixel to spare: an exact fit can still show a scroll bar after rounding
        return snappedTopInset() + header.getHeight() + rows * row + snappedBottomInset() + 1;
    }

    /** In ems, so that a projector's text size widens the columns rather than cutting "Partition". */
    @Override
    protected void layoutChildren() {
        widths.apply(this);
        super.layoutChildren();
        // the rows are measured in this layout: once their height changes, the parents ask the map's height again
        double now = rowsHeight(1);
        if (now != measured) {
            measured = now;
            Remeasure.later(this);
        }
    }

    /** What the map's rows and columns are; rows are replaced one by one while it stays the same. */
    private record Shape(String topic, List<Integer> brokers, List<Integer> partitions) {
    }

    /** A table cell holding one replica's label, which keeps the map's ids and style classes for lookups and CSS. */
    private static final class ReplicaCell extends TableCell<Row, List<ReplicaState>> {

        private final int column;
        private final int broker;
        private final Label label = new Label();

        ReplicaCell(int column, int broker, ReplicaMenu menu) {
            this.column = column;
            this.broker = broker;
            label.getStyleClass().add("replica-cell");
            label.setMaxWidth(Double.MAX_VALUE);
            setAlignment(Pos.CENTER);
            getStyleClass().add("replica-map-cell");
            // on the secondary click rather than the platform's context-menu event, which the headless toolkit of
            // the UI tests (Monocle) never sends for a mouse button; Ctrl+click too, a one-button Mac's right click
            // (a click on the map means nothing else)
            setOnMouseClicked(e -> {
                Row row = getTableRow() == null ? null : getTableRow().getItem();
                boolean asked = e.getButton() == MouseButton.SECONDARY || e.isPopupTrigger()
                        || e.getButton() == MouseButton.PRIMARY && e.isControlDown();
                if (asked && !isEmpty() && getItem() != null && row != null) {
                    menu.show(row.partition(), broker, getItem().get(column), e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(List<ReplicaState> states, boolean empty) {
            super.updateItem(states, empty);
            Row row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || states == null || row == null) {
                label.setId(null);
                setGraphic(null);
                return;
            }
            label.setId("replica-" + row.partition() + "-" + broker);
            ReplicaState state = states.get(column);
            if (label.getUserData() != state || getGraphic() == null) {
                show(label, state, row.partition(), broker);
            } else {
                tip(label, state, row.partition(), broker);
            }
            setGraphic(label);
        }
    }

    static Label cell(ReplicaState state, int partition, int broker) {
        Label cell = new Label();
        cell.setId("replica-" + partition + "-" + broker);
        cell.getStyleClass().add("replica-cell");
        cell.setMaxWidth(Double.MAX_VALUE);
        show(cell, state, partition, broker);
        return cell;
    }

    private static void show(Label cell, ReplicaState state, int partition, int broker) {
        cell.setText(state.label());
        cell.getStyleClass().removeIf(style -> style.startsWith("replica-") && !style.equals("replica-cell"));
        cell.getStyleClass().add("replica-" + state.name().toLowerCase().replace("_", ""));
        Feather icon = switch (state) {
            case LEADER -> Feather.STAR;
            case IN_SYNC -> Feather.CHECK_CIRCLE;
            case OUT_OF_SYNC -> Feather.ALERT_TRIANGLE;
            case OFFLINE -> Feather.X_OCTAGON;
            case NONE -> null;
        };
        if (icon == null) {
            cell.setGraphic(null);
        } else if (cell.getGraphic() instanceof FontIcon shown) {
            // reused across changes: a new node would need its CSS matched against the whole theme again
            shown.setIconCode(icon);
        } else {
            cell.setGraphic(new FontIcon(icon));
        }
        tip(cell, state, partition, broker);
        cell.setUserData(state);
    }

    /** A reused cell shows another partition with the same state: only its tooltip names a different partition. */
    private static void tip(Label cell, ReplicaState state, int partition, int broker) {
        if (state == ReplicaState.NONE) {
            cell.setTooltip(null);
            return;
        }
        String tip = "partition " + partition + " on broker-" + broker + ": " + state.label();
        if (cell.getTooltip() == null) {
            cell.setTooltip(new Tooltip(tip));
        } else {
            cell.getTooltip().setText(tip);
        }
    }

    /** The legend shown above the map. */
    public static javafx.scene.layout.FlowPane legend() {
        // wraps rather than cutting its words to "lea…" at a projector's text size
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(8, 4);
        box.setId("replica-legend");
        for (ReplicaState s : List.of(ReplicaState.LEADER, ReplicaState.IN_SYNC, ReplicaState.OUT_OF_SYNC,
                ReplicaState.OFFLINE)) {
            Label l = cell(s, -1, -1);
            l.setId(null);
            l.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(l);
        }
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }
}
