package io.brokerlab.app.console;

import io.brokerlab.launcher.messaging.TailedMessage;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/**
 * A key or value cell of the tail's table. A null key or value reads as such, muted, so it is not taken for an empty
 * one; while the filter is on, the text it matched is marked, so the eye finds why the row is shown. FX thread.
 */
final class MatchedTextCell extends TableCell<TailedMessage, String> {

    /**
     * A null key or value, as a pseudo-class: a style class taken off and put back on each update had every such
     * cell's style matched against the whole theme again, four times a second under a flood.
     */
    static final PseudoClass NULL_VALUE = PseudoClass.getPseudoClass("null-value");

    /** Text before a match far along the cell is cut to its end, so that the match itself stays in view. */
    private static final int BEFORE_MATCH_CHARS = 20;

    private final Predicate<TailedMessage> isNull;
    /** The filter's text, lower case and trimmed; empty when no filter is on. */
    private final Supplier<String> needle;
    /** Made on the first match: most cells never show one. */
    private HBox marked;
    private Label before;
    private Label match;
    private Label after;

    MatchedTextCell(Predicate<TailedMessage> isNull, Supplier<String> needle) {
        this.isNull = isNull;
        this.needle = needle;
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        TailedMessage m = empty || getTableRow() == null ? null : getTableRow().getItem();
        boolean none = m != null && isNull.test(m);
        pseudoClassStateChanged(NULL_VALUE, none);
        String n = needle.get();
        int at = empty || none || text == null || n.isEmpty() ? -1 : text.toLowerCase(Locale.ROOT).indexOf(n);
        if (at < 0) {
            setContentDisplay(ContentDisplay.TEXT_ONLY);
            setGraphic(null);
            setText(empty ? null : text);
            return;
        }
        showMarked(text, at, n.length());
    }

    private void showMarked(String text, int at, int length) {
        if (marked == null) {
            before = new Label();
            match = new Label();
            match.getStyleClass().add("filter-match");
            after = new Label();
            before.setMinWidth(Label.USE_PREF_SIZE);
            match.setMinWidth(Label.USE_PREF_SIZE);
            // the rest gives way with "…", as the cell's own text would
            after.setMinWidth(0);
            marked = new HBox(before, match, after);
            // level with the other cells' text: the cell gives its graphic the row's whole height, top first
            marked.setAlignment(Pos.CENTER_LEFT);
            marked.setFillHeight(false);
        }
        String lead = text.substring(0, at);
        before.setText(lead.length() <= BEFORE_MATCH_CHARS ? lead
                : "…" + lead.substring(lead.length() - BEFORE_MATCH_CHARS));
        match.setText(text.substring(at, at + length));
        after.setText(text.substring(at + length));
        setText(null);
        setGraphic(marked);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }
}
