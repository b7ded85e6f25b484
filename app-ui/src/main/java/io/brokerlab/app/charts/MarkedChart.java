package io.brokerlab.app.charts;

import java.util.List;
import java.util.Map;
import javafx.scene.chart.XYChart;

/** What ChartsView's charts add to JavaFX's: event markers over the plot, each series in its broker's look. */
interface MarkedChart {

    /** Draws these markers instead of those drawn so far. FX thread. */
    void showMarkers(List<EventMarker> markers);

    /** Names the same events as the other charts of {@code plots}, whatever its plot's size. FX thread. */
    void placeMarkersWith(MarkerPlots plots);

    /** The look of every series the chart has now. FX thread. */
    void setLooks(Map<XYChart.Series<Number, Number>, SeriesColours.Look> looks);
}
