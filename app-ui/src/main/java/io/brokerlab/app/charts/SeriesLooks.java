package io.brokerlab.app.charts;

import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;

/**
 * Draws each series of one chart in its broker's look ({@link SeriesColours}): its line (a stacked area's fill and
 * edge) and its legend symbol, which the chart makes anew whenever a series is added, removed or renamed. FX thread.
 */
final class SeriesLooks {

    private final boolean area;
    private Map<XYChart.Series<Number, Number>, SeriesColours.Look> looks = Map.of();

    /** {@code area}: the series are stacked areas, else lines. */
    SeriesLooks(boolean area) {
        this.area = area;
    }

    /** Every series of the chart with its look, styled at once. */
    void set(Map<XYChart.Series<Number, Number>, SeriesColours.Look> byseries) {
        looks = Map.copyOf(byseries);
        looks.forEach((series, look) -> {
            Node node = series.getNode();
            if (node instanceof Group stacked) {
                for (Node part : stacked.getChildren()) {
                    part.setStyle(part.getStyleClass().contains("chart-series-area-fill") ? look.area() : look.line());
                }
            } else if (node != null) {
                node.setStyle(look.line());
            }
        });
    }

    /** The chart's legend, whose items are in the order of its series ({@code data}). */
    void styleLegend(Node legend, List<XYChart.Series<Number, Number>> data) {
        if (!(legend instanceof Parent items)) {
            return;
        }
        List<Node> labels = items.getChildrenUnmodifiable();
        for (int i = 0; i < Math.min(labels.size(), data.size()); i++) {
            SeriesColours.Look look = looks.get(data.get(i));
            if (look != null && labels.get(i) instanceof Labeled item && item.getGraphic() != null) {
                item.getGraphic().setStyle(area ? look.areaSymbol() : look.lineSymbol());
            }
        }
    }
}
