package io.brokerlab.app.ui;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/** A list row cut to the list's width with "…" that shows its whole text as a tooltip, e.g. a send's failure reason. */
public final class FullTextCell extends ListCell<String> {

    private final Tooltip tooltip = new Tooltip();

    public FullTextCell() {
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(600);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean blank = empty || item == null;
        setText(blank ? null : item);
        tooltip.setText(blank ? "" : item);
        setTooltip(blank ? null : tooltip);
    }
}
