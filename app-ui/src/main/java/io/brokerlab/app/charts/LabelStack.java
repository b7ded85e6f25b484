package io.brokerlab.app.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Where labels along the top of a plot go so that none covers another. Each label, in the order given, has places
 * to choose from across the plot, the preferred first (beside its line on the right, then on the left), and takes
 * the highest free spot at the first place that has one, right under the top or under a label placed before it,
 * keeping {@code gap} from every one: a label on the right reads as its line's, one on the left can read as the
 * label of the line before. The lines whose labels found no room are named by chips ({@link #chips}). Plain
 * numbers, so it is tested without the toolkit.
 */
final class LabelStack {

    private LabelStack() {
    }

    /** A label's box at one place: {@code left} to {@code right} across, {@code height} high. */
    record Box(double left, double right, double height) {
    }

    /** The place a label took (an index into its places) and its top, 0 the plot's top; top NaN: no room. */
    record Spot(int place, double top) {
    }

    /** Each label's spot; NaN where it would reach below {@code bottom} at every place (it is then not drawn). */
    static List<Spot> place(List<List<Box>> places, double gap, double bottom) {
        List<Box> taken = new ArrayList<>();
        List<Double> takenTops = new ArrayList<>();
        List<Spot> spots = new ArrayList<>();
        for (List<Box> label : places) {
            Spot best = new Spot(0, Double.NaN);
            for (int p = 0; p < label.size() && Double.isNaN(best.top()); p++) {
                best = new Spot(p, highest(label.get(p), taken, takenTops, gap, bottom));
            }
            if (!Double.isNaN(best.top())) {
                taken.add(label.get(best.place()));
                takenTops.add(best.top());
            }
            spots.add(best);
        }
        return spots;
    }

    /** Lines {@code first} to {@code first + count - 1} of those given to {@link #chips}, named by one chip. */
    record Chip(int first, int count, double left, double right) {
    }

    /**
     * The chips ("+N") that name the lines at {@code pixels} (left to right) whose labels found no room: a chip starts
     * at its first line, like a label on the right, and takes every line it would cover or come within {@code gap}
     * of, reaching to the last of them, so no two chips touch; one that would pass the plot's right edge {@code width} is moved left, and merges
     * with the chip before if it then comes near it. {@code widthOf} the width of a chip of so many lines.
     */
    static List<Chip> chips(List<Double> pixels, IntToDoubleFunction widthOf, double gap, double width) {
        List<Chip> chips = new ArrayList<>();
        int i = 0;
        while (i < pixels.size()) {
            int first = i;
            int count = 1;
            while (first + count < pixels.size()
                    && pixels.get(first + count) <= pixels.get(first) + widthOf.applyAsDouble(count + 1) + gap) {
                count++;
            }
            i = first + count;
            if (!chips.isEmpty()) {
                Chip before = chips.get(chips.size() - 1);
                if (chip(pixels, first, count, widthOf, width).left() < before.right() + gap) {
                    chips.remove(chips.size() - 1);
                    first = before.first();
                    count += before.count();
                }
            }
            chips.add(chip(pixels, first, count, widthOf, width));
        }
        return chips;
    }

    /** The chip of these lines: from the first to the last of them at least, within the plot. */
    private static Chip chip(List<Double> pixels, int first, int count, IntToDoubleFunction widthOf, double width) {
        double chipWidth = Math.max(widthOf.applyAsDouble(count),
                pixels.get(first + count - 1) + 1 - pixels.get(first));
        double left = Math.max(0, Math.min(pixels.get(first), width - chipWidth));
        return new Chip(first, count, left, left + chipWidth);
    }

    /** The highest top where {@code box} keeps {@code gap} from every box taken, or NaN below {@code bottom}. */
    private static double highest(Box box, List<Box> taken, List<Double> tops, double gap, double bottom) {
        List<Integer> beside = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            if (taken.get(i).left() < box.right() + gap && box.left() < taken.get(i).right() + gap) {
                beside.add(i);
            }
        }
        List<Double> candidates = new ArrayList<>(List.of(0.0));
        beside.forEach(i -> candidates.add(tops.get(i) + taken.get(i).height() + gap));
        candidates.sort(null);
        for (double top : candidates) {
            boolean free = beside.stream().allMatch(i -> top + box.height() + gap <= tops.get(i)
                    || top >= tops.get(i) + taken.get(i).height() + gap);
            if (free && top + box.height() <= bottom) {
                return top;
            }
        }
        return Double.NaN;
    }
}
