package io.brokerlab.app.console;

import io.brokerlab.launcher.messaging.TailedMessage;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/**
 * A key or value cell of the tail's table. A null key or value reads as such, muted, so it is not taken for an empty
 * one; while the filter is on, the text it matched is marked (in HEX, the bytes of that text), so the eye finds why
 * the row is shown. FX thread.
 */
final class MatchedTextCell extends TableCell<TailedMessage, String> {

    /**
     * A null key or value, as a pseudo-class: a style class taken off and put back on each update had every such
     * cell's style matched against the whole theme again, four times a second under a flood.
     */
    static final PseudoClass NULL_VALUE = PseudoClass.getPseudoClass("null-value");

    /**
     * Text before a match far along a cell too narrow for it all is cut to its end, so that the match itself stays
     * in view.
     */
    private static final int BEFORE_MATCH_CHARS = 20;

    private final Predicate<TailedMessage> isNull;
    /** The key or value as the filter matches it: as text, whatever the cell shows. */
    private final Function<TailedMessage, String> matched;
    /** The filter's text, lower case and trimmed; empty when no filter is on. */
    private final Supplier<String> needle;
    /** The cell shows bytes in hex, not the text the filter matched. */
    private final BooleanSupplier hex;
    /** Made on the first match: most cells never show one. */
    private HBox marked;
    private Label before;
    private Label match;
    private Label after;
    /** The marked cell's whole text, and the part of it before the match. */
    private String markedText;
    private String lead;
    /** Measures whether a cell's whole text fits it: one per cell, made with the first match. */
    private Text measured;

    MatchedTextCell(Predicate<TailedMessage> isNull, Function<TailedMessage, String> matched, Supplier<String> needle,
                    BooleanSupplier hex) {
        this.isNull = isNull;
        this.matched = matched;
        this.needle = needle;
        this.hex = hex;
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        TailedMessage m = empty || getTableRow() == null ? null : getTableRow().getItem();
        boolean none = m != null && isNull.test(m);
        pseudoClassStateChanged(NULL_VALUE, none);
        String n = needle.get();
        FilterMatch match = empty || none || text == null || n.isEmpty() ? null
                : FilterMatch.in(text, matched.apply(m), n, hex.getAsBoolean());
        if (match == null) {
            setContentDisplay(ContentDisplay.TEXT_ONLY);
            setGraphic(null);
            setText(empty ? null : text);
            return;
        }
        showMarked(text, match);
    }

    /** The cell's width is known only at layout (and changes with its column's): the lead is cut, or not, then. */
    @Override
    protected void layoutChildren() {
        if (getGraphic() == marked && marked != null) {
            showLead();
        }
        super.layoutChildren();
    }

    private void showLead() {
        before.setText(lead.length() <= BEFORE_MATCH_CHARS || fitsWhole(markedText) ? lead
                : "…" + lead.substring(lead.length() - BEFORE_MATCH_CHARS));
    }

    /** False before the cell is laid out: then the match is kept in view. */
    private boolean fitsWhole(String text) {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        if (room <= 0) {
            return false;
        }
        if (measured == null) {
            measured = new Text();
        }
        measured.setFont(getFont());
        measured.setText(text);
        return measured.getLayoutBounds().getWidth() <= room;
    }

    private void showMarked(String text, FilterMatch found) {
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
        markedText = text;
        lead = text.substring(0, found.start());
        showLead();
        match.setText(text.substring(found.start(), found.end()));
        after.setText(text.substring(found.end()));
        setText(null);
        setGraphic(marked);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }
}
