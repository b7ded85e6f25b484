package io.brokerlab.app.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import io.brokerlab.app.charts.EventMarker.Tone;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/**
 * The event markers over one chart's plot: a thin line across the plot at each marker's time, and its label at the
 * top against the line like a flag on its pole, right of it where it fits, else left of it. A label of several parts
 * wider than a share of the plot (large text, a narrow window) puts each part on a line of its own. The newest label
 * goes highest, and one that would cover a newer one goes under it ({@link LabelStack}), within a band of
 * {@link #LABEL_ROWS} rows: the band depends on the text size only, not on the plot's height, so every chart names
 * the same events though one's legend takes more room. The lines whose labels find no room in the band are never
 * left unnamed: a "+N" chip under the band names them, its tooltip every event. Each line has a wider invisible hover
 * target with its marker's tooltip. Placed along the time axis at every layout of the chart, so they scroll with it.
 * FX thread.
 */
final class MarkerLayer {

    /** Between two labels. */
    private static final double GAP = 3;
    /** A label's side on its line is 3 px wide (app.css): one pixel either side of the line's. */
    private static final double POLE_OFFSET = 1;
    /** A label drawn left of its line, its pole edge then on the right (app.css). */
    private static final PseudoClass LEFT_OF_LINE = PseudoClass.getPseudoClass("left-of-line");
    /** Rows of labels at most: the lines below them are what the markers explain. */
    private static final int LABEL_ROWS = 3;
    /** Wider than this share of the plot, a label of several parts is one part per line. */
    private static final double WIDTH_SHARE = 0.6;

    private static final List<String> TONES = Arrays.stream(Tone.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT)).toList();

    private final Group group = new Group();
    private List<EventMarker> markers = List.of();
    /** Alone until the chart shares its placement with others ({@link #shareWith}). */
    private MarkerPlots plots = new MarkerPlots();
    private final List<Line> lines = new ArrayList<>();
    private final List<Line> hoverTargets = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    /** One per marker, at most that many chips; the one of a chip's first line is used. */
    private final List<Label> chips = new ArrayList<>();

    MarkerLayer() {
        group.getStyleClass().add("event-markers");
        // sized by layout(): a chip reaches over every line it names, a label is cut to the plot
        group.setAutoSizeChildren(false);
    }

    /** Places the labels as every chart of {@code shared} does; {@code relayout} lays this chart out again. */
    void shareWith(MarkerPlots shared, Runnable relayout) {
        plots = shared;
        plots.add(this, relayout);
    }

    /** For the chart's plot children. */
    Node node() {
        return group;
    }

    /** Draws {@code shown} instead; false when they are drawn already, so nothing needs laying out again. */
    boolean show(List<EventMarker> shown) {
        if (shown.equals(markers)) {
            return false;
        }
        markers = List.copyOf(shown);
        lines.clear();
        hoverTargets.clear();
        labels.clear();
        chips.clear();
        for (EventMarker marker : markers) {
            String tone = marker.tone().name().toLowerCase(Locale.ROOT);
            Line line = new Line();
            line.getStyleClass().addAll("event-marker-line", tone);
            line.setMouseTransparent(true);
            // the 1 px line is hard to point at: a wide transparent one over it says what it is
            Line hoverTarget = new Line();
            hoverTarget.getStyleClass().add("event-marker-hover");
            Tooltip.install(hoverTarget, new Tooltip(marker.detail()));
            Label label = new Label(marker.label());
            label.getStyleClass().addAll("event-marker-label", tone);
            // every event in full: a part may count some of its nodes ("+6"), a label may be cut on a narrow plot
            label.setTooltip(new Tooltip(marker.detail()));
            // "+1" to start with: a row's height is a chip's
            Label chip = new Label("+1");
            chip.getStyleClass().addAll("event-marker-chip", tone);
            chip.setTooltip(new Tooltip());
            chip.setVisible(false);
            lines.add(line);
            hoverTargets.add(hoverTarget);
            labels.add(label);
            chips.add(chip);
        }
        // the labels over every line, their own included
        List<Node> children = new ArrayList<>(hoverTargets);
        children.addAll(lines);
        children.addAll(labels);
        children.addAll(chips);
        group.getChildren().setAll(children);
        return true;
    }

    /** Places the markers on {@code time} (epoch seconds), over a plot {@code width} by {@code height}. */
    void layout(Axis<Number> time, double width, double height) {
        // placed on the narrowest plot, drawn at this one's scale: wider, every gap between labels only grows
        double scale = width > 0 ? Math.min(1, plots.narrowest(this, width) / width) : 1;
        List<List<LabelStack.Box>> places = new ArrayList<>();
        List<List<LabelStack.Box>> reference = new ArrayList<>();
        double[] poles = new double[markers.size()];
        double[] referencePoles = new double[markers.size()];
        for (int i = 0; i < markers.size(); i++) {
            // a 1 px line on a whole pixel's middle stays sharp; its label's pole edge (app.css) is centred on it
            double position = time.getDisplayPosition(markers.get(i).atMillis() / 1000.0);
            double pixel = Math.floor(position);
            Line line = lines.get(i);
            line.setStartX(pixel + 0.5);
            line.setEndX(pixel + 0.5);
            line.setStartY(0);
            line.setEndY(height);
            Line hoverTarget = hoverTargets.get(i);
            hoverTarget.setStartX(pixel + 0.5);
            hoverTarget.setEndX(pixel + 0.5);
            hoverTarget.setStartY(0);
            hoverTarget.setEndY(height);
            Label label = labels.get(i);
            // on one line or one part per line, and cut, as on the narrowest plot: the same size on every chart
            label.setText(fitted(markers.get(i), label, width * scale));
            // cut (…) only when a single part is wider than the whole plot
            double labelWidth = Math.min(label.prefWidth(-1), width * scale);
            poles[i] = pixel - POLE_OFFSET;
            LabelStack.Box box = new LabelStack.Box(0, labelWidth, label.prefHeight(labelWidth));
            places.add(beside(pixel, box, width));
            // not rounded: the time's share of the axis, the same on every chart whatever its width
            referencePoles[i] = position * scale - POLE_OFFSET;
            reference.add(beside(position * scale, box, width * scale));
        }
        // the newest first: the highest place is the newest's, and an old label is the one left out when room runs out
        List<List<LabelStack.Box>> newestFirst = new ArrayList<>(reference);
        Collections.reverse(newestFirst);
        double band = markers.isEmpty() ? 0 : LABEL_ROWS * (rowHeight() + GAP) - GAP;
        List<LabelStack.Spot> spots = LabelStack.place(newestFirst, GAP, band);
        List<Integer> unnamed = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            LabelStack.Spot spot = spots.get(places.size() - 1 - i);
            // the same side of the line as on the narrowest plot: there is room for it here too
            boolean right = reference.get(i).get(spot.place()).left() >= referencePoles[i];
            double pole = poles[i];
            LabelStack.Box box = places.get(i).stream().filter(b -> (b.left() >= pole) == right).findFirst()
                    .orElse(places.get(i).get(0));
            Label label = labels.get(i);
            label.pseudoClassStateChanged(LEFT_OF_LINE, box.left() < poles[i]);
            label.setVisible(!Double.isNaN(spot.top()));
            label.resizeRelocate(box.left(), Double.isNaN(spot.top()) ? 0 : spot.top(), box.right() - box.left(),
                    box.height());
            if (Double.isNaN(spot.top())) {
                unnamed.add(i);
            }
        }
        layoutChips(unnamed, poles, band + GAP, width);
    }

    /** The chips naming the {@code unnamed} lines (indices of markers, oldest first), at {@code top}. */
    private void layoutChips(List<Integer> unnamed, double[] poles, double top, double width) {
        chips.forEach(chip -> chip.setVisible(false));
        if (unnamed.isEmpty()) {
            return;
        }
        List<Double> pixels = unnamed.stream().map(i -> poles[i]).toList();
        Label measure = chips.get(unnamed.get(0));
        for (LabelStack.Chip placed : LabelStack.chips(pixels, n -> chipWidth(measure, n), GAP, width)) {
            List<EventMarker> named = unnamed.subList(placed.first(), placed.first() + placed.count()).stream()
                    .map(markers::get).toList();
            Label chip = chips.get(unnamed.get(placed.first()));
            chip.setText("+" + placed.count());
            Tone tone = named.stream().map(EventMarker::tone).min(Comparator.naturalOrder()).orElseThrow();
            chip.getStyleClass().removeAll(TONES);
            chip.getStyleClass().add(tone.name().toLowerCase(Locale.ROOT));
            String detail = String.join("\n", named.stream().map(EventMarker::detail).toList());
            if (!detail.equals(chip.getTooltip().getText())) {
                chip.getTooltip().setText(detail);
            }
            chip.setVisible(true);
            chip.resizeRelocate(placed.left(), top, placed.right() - placed.left(), rowHeight());
        }
    }

    /** A one-line label's height, the same as a chip's: the band is so many of these on every chart. */
    private double rowHeight() {
        return chips.get(0).prefHeight(-1);
    }

    /** The width of a chip of {@code count} lines; measured aside, as {@link #fitted} is. */
    private static double chipWidth(Label chip, int count) {
        Text text = new Text("+" + count);
        text.setFont(chip.getFont());
        return Math.ceil(text.getLayoutBounds().getWidth()) + chip.snappedLeftInset() + chip.snappedRightInset();
    }

    /**
     * Where {@code label} can go beside the line on {@code pixel}: right of it, left of it, those that are within the
     * plot; on a plot narrower than the label on both sides, as near the line as it fits.
     */
    private static List<LabelStack.Box> beside(double pixel, LabelStack.Box label, double width) {
        double labelWidth = label.right() - label.left();
        List<LabelStack.Box> places = new ArrayList<>();
        double right = pixel - POLE_OFFSET;
        if (right + labelWidth <= width) {
            places.add(new LabelStack.Box(right, right + labelWidth, label.height()));
        }
        double left = pixel + 1 + POLE_OFFSET - labelWidth;
        if (left >= 0) {
            places.add(new LabelStack.Box(left, left + labelWidth, label.height()));
        }
        if (places.isEmpty()) {
            double clamped = Math.max(0, Math.min(pixel, width - labelWidth));
            places.add(new LabelStack.Box(clamped, clamped + labelWidth, label.height()));
        }
        return places;
    }

    /**
     * The marker's parts on one line, or each on its own where one line would take too much of the plot's width.
     * Measured aside: setting the label's text back and forth would have it laid out again at every pulse.
     */
    private static String fitted(EventMarker marker, Label label, double width) {
        Text oneLine = new Text(marker.label());
        oneLine.setFont(label.getFont());
        double oneLineWidth = oneLine.getLayoutBounds().getWidth() + label.snappedLeftInset()
                + label.snappedRightInset();
        return oneLineWidth > width * WIDTH_SHARE ? String.join("\n", marker.parts()) : marker.label();
    }
}
