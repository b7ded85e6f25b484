package io.brokerlab.app.ui;

import javafx.scene.control.Tooltip;

/** How every tooltip of the app reads. */
public final class Tooltips {

    /** The widest a tooltip line runs, in ems of its text: about sixty characters. */
    static final double MAX_WIDTH_EM = 32;

    private Tooltips() {
    }

    /**
     * Wrapped to a readable width instead of one line off the screen's edge. Set as each tooltip window opens, since
     * a tooltip's width is no style: CSS can size its text (see {@link IconSizes}) but not bound its line.
     */
    public static void readable(Tooltip tip, double fontSize) {
        tip.setWrapText(true);
        tip.setMaxWidth(MAX_WIDTH_EM * fontSize);
    }
}
