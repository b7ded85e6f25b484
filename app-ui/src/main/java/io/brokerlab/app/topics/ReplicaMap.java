package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Brokers as columns, partitions as rows; each replica drawn by state with a different colour AND icon shape
 * (star leader, check in sync, triangle out of sync, cross offline), so it reads without colour vision too.
 */
public final class ReplicaMap extends GridPane {

    private final TopicsViewModel model;
    private final Map<String, Label> cells = new HashMap<>();
    private Shape drawn;

    public ReplicaMap(TopicsViewModel model) {
        this.model = model;
        getStyleClass().add("replica-map");
        setId("replica-map");
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
            // Leaders and ISRs change far more often than the grid itself: restyle only the cells that changed,
            // so a leader change costs a few label updates in the next pulse, not a new grid.
            for (PartitionInfo partition : topic.partitions()) {
                for (Integer broker : brokers) {
                    Label cell = cells.get(partition.partition() + "-" + broker);
                    ReplicaState state = model.replicaState(partition, broker);
                    if (cell.getUserData() != state) {
                        show(cell, state, partition.partition(), broker);
                    }
                }
            }
            return;
        }
        getChildren().clear();
        cells.clear();
        drawn = shape;
        if (topic == null) {
            return;
        }
        Label corner = new Label("Partition");
        corner.getStyleClass().add("map-header");
        add(corner, 0, 0);
        for (int c = 0; c < brokers.size(); c++) {
            Label header = new Label("broker-" + brokers.get(c));
            header.getStyleClass().add("map-header");
            header.setMaxWidth(Double.MAX_VALUE);
            header.setAlignment(Pos.CENTER);
            add(header, c + 1, 0);
        }
        for (int r = 0; r < topic.partitions().size(); r++) {
            PartitionInfo partition = topic.partitions().get(r);
            Label name = new Label(String.valueOf(partition.partition()));
            name.getStyleClass().add("map-header");
            add(name, 0, r + 1);
            for (int c = 0; c < brokers.size(); c++) {
                ReplicaState state = model.replicaState(partition, brokers.get(c));
                Label cell = cell(state, partition.partition(), brokers.get(c));
                cells.put(partition.partition() + "-" + brokers.get(c), cell);
                add(cell, c + 1, r + 1);
            }
        }
    }

    /** What the grid's rows and columns are; cells are reused while it stays the same. */
    private record Shape(String topic, List<Integer> brokers, List<Integer> partitions) {
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
            cell.setTooltip(null);
        } else {
            // reused across changes: a new node would need its CSS matched against the whole theme again
            if (cell.getGraphic() instanceof FontIcon shown) {
                shown.setIconCode(icon);
            } else {
                cell.setGraphic(new FontIcon(icon));
            }
            String tip = "partition " + partition + " on broker-" + broker + ": " + state.label();
            if (cell.getTooltip() == null) {
                cell.setTooltip(new Tooltip(tip));
            } else {
                cell.getTooltip().setText(tip);
            }
        }
        cell.setUserData(state);
    }

    /** The legend shown above the map. */
    public static javafx.scene.layout.HBox legend() {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8);
        for (ReplicaState s : List.of(ReplicaState.LEADER, ReplicaState.IN_SYNC, ReplicaState.OUT_OF_SYNC,
                ReplicaState.OFFLINE)) {
            Label l = cell(s, -1, -1);
            l.setId(null);
            box.getChildren().add(l);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
