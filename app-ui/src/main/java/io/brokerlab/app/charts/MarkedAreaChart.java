package io.brokerlab.app.charts;

import java.util.List;
import java.util.Map;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;

/**
 * A stacked area chart over time (epoch seconds) with event markers over its plot and each series in its broker's
 * look.
 */
final class MarkedAreaChart extends StackedAreaChart<Number, Number> implements MarkedChart {

    private final MarkerLayer markers = new MarkerLayer();
    private final SeriesLooks looks = new SeriesLooks(true);

    MarkedAreaChart(NumberAxis time, NumberAxis value) {
        super(time, value);
        getPlotChildren().add(markers.node());
    }

    @Override
    public void showMarkers(List<EventMarker> shown) {
        if (markers.show(shown)) {
            requestChartLayout();
        }
    }

    @Override
    public void placeMarkersWith(MarkerPlots plots) {
        markers.shareWith(plots, this::requestChartLayout);
    }

    @Override
    public void setLooks(Map<Series<Number, Number>, SeriesColours.Look> byseries) {
        looks.set(byseries);
        looks.styleLegend(getLegend(), getData());
    }

    @Override
    protected void seriesAdded(Series<Number, Number> series, int seriesIndex) {
        super.seriesAdded(series, seriesIndex);
        // over the series: a label at the top of the plot stays readable where a line runs through it
        markers.node().toFront();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        markers.layout(getXAxis(), getXAxis().getWidth(), getYAxis().getHeight());
    }

    @Override
    protected void updateLegend() {
        super.updateLegend();
        // the legend is made anew on every change of a series' name; looks is null while the super constructor runs
        if (looks != null) {
            looks.styleLegend(getLegend(), getData());
        }
    }
}
