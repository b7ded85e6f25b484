package io.brokerlab.app.charts;

import java.util.List;

/**
 * A chart's series colours by broker rather than by position, so broker-N has one colour in every chart (and the
 * total its own), whichever brokers a chart has series for. The theme colours the i-th series of a chart (its line,
 * area and legend symbol alike) with the looked-up colour {@code -color-chart-(i+1)}; the chart's own style points
 * each of those at the broker's colour from app.css, which has one palette per theme.
 */
final class SeriesColours {

    /** The theme's chart colours: a ninth series takes the first's again. */
    private static final int THEME_COLOURS = 8;
    /** Colours app.css defines for brokers, {@code -chart-broker-1} on: broker ids past them take them again. */
    private static final int BROKER_COLOURS = 6;

    private SeriesColours() {
    }

    /**
     * The style for a chart whose series are, in order, those of {@code brokers} ({@link ChartsViewModel#CLUSTER}
     * for the total). A series just added to a chart (not animated) takes the first of the theme's colours no
     * other series holds: {@code setAll} gives them out in order.
     */
    static String style(List<Integer> brokers) {
        StringBuilder style = new StringBuilder();
        for (int i = 0; i < Math.min(brokers.size(), THEME_COLOURS); i++) {
            int broker = brokers.get(i);
            String themed = "-color-chart-" + (i + 1);
            if (broker == ChartsViewModel.CLUSTER) {
                style.append(themed).append(": -chart-total; ");
            } else {
                String colour = "-chart-broker-" + colourOf(broker);
                style.append(themed).append(": ").append(colour).append("; ")
                        .append(themed).append("-alpha20: ").append(colour).append("-fill; ");
            }
        }
        return style.toString().trim();
    }

    /** broker-1 the first colour; an external cluster's broker 0 the last. */
    private static int colourOf(int broker) {
        return Math.floorMod(broker - 1, BROKER_COLOURS) + 1;
    }
}
