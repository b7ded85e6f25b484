package io.brokerlab.app.charts;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A chart series' look by broker rather than by position, so broker-N looks the same in every chart (and the total
 * has its own colour), whichever brokers a chart has series for: one of six colours app.css defines per theme
 * ({@code -chart-broker-1} on, Okabe-Ito's), and past six brokers a stroke of its own, dashed then dotted, so the
 * seventh is no second broker-1. Each series' nodes are styled with it (see {@link SeriesLooks}): the theme's eight
 * chart colours go by a series' place in its chart and come round again at the ninth (eight brokers and the total).
 */
final class SeriesColours {

    /** Colours app.css defines for brokers: more brokers take them again, with another stroke. */
    private static final int BROKER_COLOURS = 6;

    /**
     * How a line is drawn. The dashes are mostly line: a solid broker that is down is drawn with even dashes, muted
     * (app.css), which a running broker must not look like; a dashed or dotted one that is down keeps its own stroke
     * (set on the line itself, it wins over app.css), muted.
     */
    enum Stroke {
        SOLID(""), DASHED("12px 4px"), DOTTED("2px 4px");

        private final String dashes;

        Stroke(String dashes) {
            this.dashes = dashes;
        }
    }

    /** A colour and its area fill, as looked-up colours of app.css, and the stroke. */
    record Look(String colour, String fill, Stroke stroke) {

        /** A line chart's line, or a stacked area's edge. */
        String line() {
            return "-fx-stroke: " + colour + ";" + (stroke == Stroke.SOLID ? ""
                    : " -fx-stroke-dash-array: " + stroke.dashes + ";");
        }

        String area() {
            return "-fx-fill: " + fill + ";";
        }

        /** A line chart's legend symbol: a short stretch of the line, as thick as it and broken as it is. */
        String lineSymbol() {
            // 20 px wide, one fill per dash, each inset to its stretch
            List<String> dashes = switch (stroke) {
                case SOLID -> List.of("0");
                // 12 drawn, 4 left, 4 drawn: the line's 12/4
                case DASHED -> List.of("0 8 0 0", "0 0 0 16");
                case DOTTED -> List.of("0 18 0 0", "0 12 0 6", "0 6 0 12", "0 0 0 18");
            };
            return "-fx-background-color: " + String.join(", ", Collections.nCopies(dashes.size(), colour))
                    + "; -fx-background-insets: " + String.join(", ", dashes)
                    + "; -fx-background-radius: 0; -fx-padding: 1.5px 10px;";
        }

        /** A stacked area's legend symbol: its fill inside its edge, the edge broken as the area's is. */
        String areaSymbol() {
            String border = switch (stroke) {
                case SOLID -> "solid";
                case DASHED -> "segments(5px, 2px)";
                case DOTTED -> "segments(2px, 2px)";
            };
            return "-fx-background-color: " + fill + "; -fx-background-insets: 0; -fx-background-radius: 0; "
                    + "-fx-border-color: " + colour + "; -fx-border-width: 2px; -fx-border-style: " + border
                    + "; -fx-padding: 5px;";
        }
    }

    private SeriesColours() {
    }

    /**
     * The look of {@code broker} ({@link ChartsViewModel#CLUSTER} for the total) among {@code brokers}, every broker
     * the charts show: its colour by id, its stroke by how many brokers with a lower id have that colour too. An
     * external cluster's brokers 0 to 2 are then all solid, as a workspace's 1 to 6 are; broker 7 of a workspace is
     * dashed.
     */
    static Look of(int broker, Collection<Integer> brokers) {
        if (broker == ChartsViewModel.CLUSTER) {
            return new Look("-chart-total", "transparent", Stroke.SOLID);
        }
        int colour = colourOf(broker);
        long before = brokers.stream().filter(b -> b != ChartsViewModel.CLUSTER && b < broker && colourOf(b) == colour)
                .count();
        Stroke stroke = Stroke.values()[(int) (before % Stroke.values().length)];
        return new Look("-chart-broker-" + colour, "-chart-broker-" + colour + "-fill", stroke);
    }

    /** broker-1 the first colour; an external cluster's broker 0 the last. */
    private static int colourOf(int broker) {
        return Math.floorMod(broker - 1, BROKER_COLOURS) + 1;
    }
}
