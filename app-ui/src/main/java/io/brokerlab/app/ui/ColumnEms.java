package io.brokerlab.app.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.util.Callback;

/**
 * Table columns' least widths in ems of the table's font rather than in pixels: at the font size chosen for a
 * projector a pixel minimum cuts the headers ("Partit…", "End off…"); a table whose columns no longer fit scrolls
 * sideways instead ({@link #refit}). FX thread.
 */
public final class ColumnEms {

    private final Map<TableColumn<?, ?>, double[]> ems = new LinkedHashMap<>();
    private final Map<TableColumn<?, ?>, TableColumnHeader> headers = new HashMap<>();
    /** A table's constrained resize policy while its columns cannot fit and it scrolls sideways, in its properties. */
    private static final String SET_ASIDE = "brokerlab.constrainedPolicy";
    /** The headers' font size at the last {@link #apply}, in px. */
    private double em = -1;

    /** A table of {@code items} that applies these widths before each of its layouts and {@link #refit}s after. */
    public <S> TableView<S> table(ObservableList<S> items) {
        return laidOut(items, () -> 0);
    }

    /**
     * After a layout of a table with a constrained resize policy: columns that cannot fit at their least widths (a
     * projector's text size) scroll sideways, the policy set aside until they can fit again, since a constrained
     * table shows no sideways scroll bar and cut its last column instead; and columns that can fit are fitted again
     * when wider than the table, which the policy does only when the table's width changes (widths set anew in the
     * CSS pass of a theme change left the timeline's Detail under the scroll bar).
     */
    public static <S> void refit(TableView<S> table) {
        @SuppressWarnings("unchecked")
        Callback<TableView.ResizeFeatures, Boolean> setAside =
                (Callback<TableView.ResizeFeatures, Boolean>) table.getProperties().get(SET_ASIDE);
        Callback<TableView.ResizeFeatures, Boolean> policy = setAside != null ? setAside
                : table.getColumnResizePolicy();
        if (policy == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            return;
        }
        TableView.ResizeFeatures<S> fit = new TableView.ResizeFeatures<>(table, null, 0.0);
        double room = fit.getContentWidth();
        if (room <= 0) {
            return;
        }
        double widths = 0;
        double least = 0;
        for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
            widths += column.getWidth();
            least += column.getMinWidth();
        }
        // a pixel either way, so that rounding never flips the policy back and forth
        if (least > room + 1) {
            if (setAside == null) {
                table.getProperties().put(SET_ASIDE, policy);
                table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            }
            return;
        }
        if (setAside != null) {
            if (least > room - 1) {
                return;
            }
            table.getProperties().remove(SET_ASIDE);
            table.setColumnResizePolicy(setAside);
        }
        if (widths > room + 0.5) {
            policy.call(fit);
        }
    }

    /**
     * As {@link #table}, and never narrower than its columns' least widths up to {@code most} px: a list beside a
     * detail in a split pane, which then gives it the room its words need at a projector's text size instead of
     * cutting its last column, yet leaves the detail its share.
     */
    public <S> TableView<S> wholeTable(ObservableList<S> items, DoubleSupplier most) {
        return laidOut(items, most);
    }

    /** As {@link #wholeTable}; {@code most} 0 gives the table no least width of its own. */
    private <S> TableView<S> laidOut(ObservableList<S> items, DoubleSupplier most) {
        return new TableView<>(items) {
            @Override
            protected void layoutChildren() {
                apply(this);
                double least = Math.min(leastWidth(this), Math.floor(most.getAsDouble()));
                if (least > 0 && getMinWidth() != least) {
                    setMinWidth(least);
                }
                super.layoutChildren();
                refit(this);
            }
        };
    }

    /** Every column's least width, the table's insets and room for its scroll bar; 0 before the headers show. */
    private double leastWidth(TableView<?> table) {
        if (!headersShown(table) || em <= 0) {
            return 0;
        }
        double columns = ems.keySet().stream().mapToDouble(TableColumn::getMinWidth).sum();
        // a vertical scroll bar comes with the rows that do not fit: about an em wide in every theme
        double scrollBar = Math.ceil(em);
        return Math.ceil(columns + table.snappedLeftInset() + table.snappedRightInset() + scrollBar);
    }

    /** {@code column} at least {@code least} ems wide. */
    public <C extends TableColumn<?, ?>> C atLeast(C column, double least) {
        return between(column, least, Double.NaN);
    }

    /** A narrow column (a count): the room it does not need goes to the others. */
    public <C extends TableColumn<?, ?>> C between(C column, double least, double most) {
        ems.put(column, new double[] {least, most});
        return column;
    }

    /**
     * Called before the table lays itself out: the font is known once CSS has styled the header. A column is also
     * never narrower than its header's words, whatever the font and theme make of them.
     */
    public void apply(TableView<?> table) {
        if (!headersShown(table)) {
            findHeaders(table);
            if (!headersShown(table)) {
                return;
            }
        }
        em = -1;
        for (Map.Entry<TableColumn<?, ?>, double[]> entry : ems.entrySet()) {
            TableColumn<?, ?> column = entry.getKey();
            TableColumnHeader header = headers.get(column);
            if (!(header.lookup(".label") instanceof Labeled words)) {
                continue;
            }
            if (em < 0) {
                em = words.getFont().getSize();
            }
            double[] range = entry.getValue();
            double least = Math.max(range[0] * em,
                    Math.ceil(words.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()));
            if (column.getMinWidth() != least) {
                column.setMinWidth(least);
            }
            double most = Double.isNaN(range[1]) ? Double.MAX_VALUE : Math.max(least, range[1] * em);
            if (column.getMaxWidth() != most) {
                column.setMaxWidth(most);
            }
        }
    }

    /**
     * Looked up once, not on every layout: a lookup through the whole table also walks every visible row's cells, and
     * a table that follows a flood of messages is laid out in every pulse.
     */
    private void findHeaders(TableView<?> table) {
        headers.clear();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() instanceof TableColumn<?, ?> column
                    && ems.containsKey(column)) {
                headers.put(column, header);
            }
        }
    }

    private boolean headersShown(TableView<?> table) {
        return table.getScene() != null && headers.size() == ems.size()
                && headers.values().stream().allMatch(h -> h.getScene() == table.getScene());
    }
}
