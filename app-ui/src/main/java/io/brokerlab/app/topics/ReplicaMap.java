package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.List;
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
        getChildren().clear();
        TopicInfo topic = model.detailProperty().get();
        List<Integer> brokers = model.brokers();
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
                add(cell(state, partition.partition(), brokers.get(c)), c + 1, r + 1);
            }
        }
    }

    static Label cell(ReplicaState state, int partition, int broker) {
        Label cell = new Label(state.label());
        cell.setId("replica-" + partition + "-" + broker);
        cell.getStyleClass().addAll("replica-cell", "replica-" + state.name().toLowerCase().replace("_", ""));
        cell.setMaxWidth(Double.MAX_VALUE);
        Feather icon = switch (state) {
            case LEADER -> Feather.STAR;
            case IN_SYNC -> Feather.CHECK_CIRCLE;
            case OUT_OF_SYNC -> Feather.ALERT_TRIANGLE;
            case OFFLINE -> Feather.X_OCTAGON;
            case NONE -> null;
        };
        if (icon != null) {
            cell.setGraphic(new FontIcon(icon));
            cell.setTooltip(new Tooltip("partition " + partition + " on broker-" + broker + ": " + state.label()));
        }
        cell.setUserData(state);
        return cell;
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
