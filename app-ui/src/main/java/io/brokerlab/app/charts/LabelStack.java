package io.brokerlab.app.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Where labels along the top of a plot go so that none covers another. Each label, in the order given, has places
 * to choose from across the plot (beside its line on the right, or on the left) and takes the highest free spot
 * among them, right under the top or under a label placed before it, keeping {@code gap} from every one; the first
 * place wins a tie. Plain numbers, so it is tested without the toolkit.
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
            for (int p = 0; p < label.size(); p++) {
                double top = highest(label.get(p), taken, takenTops, gap, bottom);
                if (!Double.isNaN(top) && (Double.isNaN(best.top()) || top < best.top())) {
                    best = new Spot(p, top);
                }
            }
            if (!Double.isNaN(best.top())) {
                taken.add(label.get(best.place()));
                takenTops.add(best.top());
            }
            spots.add(best);
        }
        return spots;
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
