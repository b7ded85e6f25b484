package io.brokerlab.app.topics;

import io.brokerlab.app.ui.DraggedDivider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The divider between the partition table and the replica map, placed so that the map shows every partition when
 * the room allows, the table taking the rest down to its fewest rows: the map is what a failover demo watches, and a
 * fixed share cut it to three of six partitions at a projector's text size while the table kept an empty row. Placed
 * again only when the room or the number of partitions changes; once the user drags the divider, it stays theirs.
 * FX thread.
 */
final class MapRoom {

    private MapRoom() {
    }

    static void keep(SplitPane tables, Region table, Region mapPane, ReplicaMap map) {
        List<Double> fittedFor = new ArrayList<>();
        BooleanSupplier dragged = DraggedDivider.of(tables);
        InvalidationListener fit = o -> {
            double height = tables.getHeight();
            double width = mapPane.getWidth();
            double mapWhole = map.wholeHeight();
            List<Double> room = List.of(height, (double) map.getItems().size(), mapWhole);
            if (dragged.getAsBoolean() || height <= 0 || width <= 0 || mapWhole < 0 || room.equals(fittedFor)) {
                return;
            }
            fittedFor.clear();
            fittedFor.addAll(room);
            double mapWanted = mapPane.prefHeight(width) - map.prefHeight(width) + mapWhole;
            double divider = tables.lookup(".split-pane-divider") instanceof Region d ? d.getHeight() : 0;
            double tableRoom = Math.max(table.minHeight(width), Math.min(table.prefHeight(width),
                    height - divider - mapWanted));
            tables.setDividerPositions(Math.min(0.9, tableRoom / height));
        };
        tables.heightProperty().addListener(fit);
        map.getItems().addListener((ListChangeListener<ReplicaMap.Row>) c -> fit.invalidated(null));
        // the map's rows are measured in its layout: once laid out, their height is known
        map.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) {
                fit.invalidated(null);
            }
        });
    }
}
