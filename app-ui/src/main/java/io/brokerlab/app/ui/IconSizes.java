package io.brokerlab.app.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Icon sizes that grow with the text size, for a projector. They cannot be written in em in app.css: Ikonli reads
 * {@code -fx-icon-size} in em against the icon's own font, which is the icon size itself, so an em size feeds back
 * on itself (tried: the window drew nothing). Instead each text size gets a small stylesheet of pixel sizes, added
 * after app.css so it wins over it and over the theme's 18 px.
 */
public final class IconSizes {

    /** The text size the sizes below are drawn for: the app's default. */
    public static final double BASE_FONT_SIZE = 14;

    /** Selector → icon size in px at {@link #BASE_FONT_SIZE}; the specific selectors repeat app.css's own. */
    private static final Map<String, Double> AT_BASE_FONT = new LinkedHashMap<>();

    static {
        AT_BASE_FONT.put(".ikonli-font-icon", 18.0);
        AT_BASE_FONT.put(".sidebar .brand .ikonli-font-icon", 26.0);
        AT_BASE_FONT.put(".node-card .card-icon", 28.0);
        AT_BASE_FONT.put(".empty-icon", 64.0);
    }

    private IconSizes() {
    }

    /** A {@code data:} stylesheet URL sizing every icon for text of {@code fontSize} px. */
    public static String stylesheetFor(double fontSize) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css(fontSize).getBytes(StandardCharsets.UTF_8));
    }

    static String css(double fontSize) {
        double scale = fontSize / BASE_FONT_SIZE;
        StringBuilder css = new StringBuilder();
        AT_BASE_FONT.forEach((selector, size) -> css.append(selector).append(" { -fx-icon-size: ")
                .append(Math.round(size * scale)).append("px; }\n"));
        // tooltips are windows of their own: the root's text size does not reach them, a rule for them does
        css.append(".tooltip { -fx-font-size: ").append(fontSize).append("px; }\n");
        return css.toString();
    }
}
