package io.brokerlab.app;

import javafx.css.PseudoClass;
import javafx.scene.layout.Region;

/**
 * The sidebar shows only its icons (names in tooltips) when the window is narrow for its text size: at a projector's
 * 20 px on a 1366 px laptop, its 13 em of names took a fifth of the width the cards and the console need. FX thread.
 */
final class SidebarFit {

    static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    /** Below this many ems of window width the views' own room matters more than the names. */
    static final double MIN_EMS_FOR_NAMES = 80;

    private final Region sidebar;
    private double width;
    private double fontSize;

    SidebarFit(Region sidebar) {
        this.sidebar = sidebar;
    }

    static boolean compact(double width, double fontSize) {
        return width > 0 && width < MIN_EMS_FOR_NAMES * fontSize;
    }

    void width(double value) {
        width = value;
        apply();
    }

    void fontSize(double value) {
        fontSize = value;
        apply();
    }

    private void apply() {
        sidebar.pseudoClassStateChanged(COMPACT, compact(width, fontSize));
    }
}
