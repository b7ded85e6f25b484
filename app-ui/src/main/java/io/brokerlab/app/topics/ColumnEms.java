package io.brokerlab.app.topics;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Table columns' least widths in ems of the table's font rather than in pixels: at the font size chosen for a
 * projector a pixel minimum cuts the headers ("Partit…", "End off…"); a table whose columns no longer fit scrolls
 * sideways instead. FX thread.
 */
final class ColumnEms {

    private final Map<TableColumn<?, ?>, double[]> ems = new LinkedHashMap<>();

    /** {@code column} at least {@code least} ems wide. */
    <C extends TableColumn<?, ?>> C atLeast(C column, double least) {
        return between(column, least, Double.NaN);
    }

    /** A narrow column (a count): the room it does not need goes to the others. */
    <C extends TableColumn<?, ?>> C between(C column, double least, double most) {
        ems.put(column, new double[] {least, most});
        return column;
    }

    /** Called before the table lays itself out: the font is known once CSS has styled the header. */
    void apply(TableView<?> table) {
        Labeled header = (Labeled) table.lookup(".column-header .label");
        if (header == null) {
            return;
        }
        double em = header.getFont().getSize();
        ems.forEach((column, range) -> {
            if (column.getMinWidth() != range[0] * em) {
                column.setMinWidth(range[0] * em);
            }
            if (!Double.isNaN(range[1]) && column.getMaxWidth() != range[1] * em) {
                column.setMaxWidth(range[1] * em);
            }
        });
    }
}
