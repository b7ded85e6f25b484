package io.brokerlab.app.charts;

import java.util.HashMap;
import java.util.Map;

/**
 * The plot widths of the charts that draw the same markers. Their plots differ (an axis's labels, a legend of two
 * rows), so each places its labels as they fit on the narrowest plot, at its own scale: every chart then names the
 * same events and leaves the same ones to its chips. Plain numbers, so it is tested without the toolkit. FX thread.
 */
final class MarkerPlots {

    private final Map<Object, Double> widths = new HashMap<>();
    private final Map<Object, Runnable> relayouts = new HashMap<>();

    /** {@code plot} is a chart's; {@code relayout} lays its markers out again when the narrowest width changes. */
    void add(Object plot, Runnable relayout) {
        relayouts.put(plot, relayout);
    }

    /**
     * {@code plot} is now {@code width} wide; the narrowest of the plots. The others are laid out again when it
     * changes: each placed its labels on the narrowest it knew.
     */
    double narrowest(Object plot, double width) {
        double before = narrowest();
        widths.put(plot, width);
        double now = narrowest();
        if (now != before) {
            relayouts.forEach((other, relayout) -> {
                if (other != plot) {
                    relayout.run();
                }
            });
        }
        return now;
    }

    private double narrowest() {
        return widths.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }
}
