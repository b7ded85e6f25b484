package io.brokerlab.app.console;

import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;

/**
 * One send's result in the publish pane's list: one line, cut with "…" at the list's width (a sent one's in the
 * middle, keeping its offset), its whole text in a
 * tooltip, a failure marked. A run's failures repeat one long reason, which the status line above states once in full
 * (see {@link SendRun#progress()}); wrapped in every row it would leave room for a row or two.
 */
final class SendResultCell extends ListCell<String> {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final Tooltip whole = new Tooltip();

    SendResultCell() {
        getStyleClass().add("send-result");
        whole.setWrapText(true);
        // no width of its own: the list then gives each row its width and a long row ends in "…", where a row as wide
        // as its text made the list scroll sideways and cut every row at the pane's edge with nothing to say so
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean blank = empty || item == null;
        setText(blank ? null : item);
        whole.setText(blank ? "" : item);
        setTooltip(blank ? null : whole);
        boolean failed = !blank && item.startsWith(SendRun.FAILED);
        pseudoClassStateChanged(FAILED, failed);
        // a sent message's line ends with its offset, the figure looked for: cut in the middle, it stays in view
        setTextOverrun(failed ? OverrunStyle.ELLIPSIS : OverrunStyle.CENTER_ELLIPSIS);
    }
}
