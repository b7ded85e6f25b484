package io.brokerlab.app.properties;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;

/**
 * How far raw mode's find scrolls the text sideways. Left to itself, the text area brings the caret (the match's
 * start) just inside the left edge when it lies left of the view, which after a match far right cut the first
 * letters off every line. FX thread.
 */
final class SidewaysScroll {

    /** Room between a match and the edge, as the text area leaves it. */
    private static final double SLOP = 6;

    private SidewaysScroll() {
    }

    /**
     * Shows the lines from their start when the text from {@code start} to {@code end} fits in the view so; else
     * scrolls just far enough for its end to show (its start too, unless the match is wider than the view).
     */
    static void reveal(TextArea text, int start, int end) {
        if (!(text.getSkin() instanceof TextAreaSkin skin) || !(text.lookup(".scroll-pane") instanceof ScrollPane pane)
                || end <= start) {
            return;
        }
        double viewport = pane.getViewportBounds().getWidth();
        if (viewport <= 0) {
            return; // not laid out yet: nothing to measure against
        }
        // the skin measures from the view's left edge: add the scroll for where the letters are in the line
        Rectangle2D first = skin.getCharacterBounds(start);
        Rectangle2D last = skin.getCharacterBounds(end - 1);
        double from = first.getMinX() + text.getScrollLeft();
        double to = last.getMaxX() + text.getScrollLeft();
        text.setScrollLeft(to + SLOP <= viewport ? 0 : Math.min(to + SLOP - viewport, Math.max(0, from - SLOP)));
    }
}
