package io.brokerlab.app.cluster;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The node cards in rows of equal width that fill the row: as many columns as the widest card allows, spread over
 * rows as evenly as can be (four cards two by two, not three and one). A FlowPane left each card at its own width:
 * a ragged grid with an empty column at the right.
 */
final class CardGrid extends Pane {

    /** An arrow key's move through the grid. */
    enum Move { LEFT, RIGHT, UP, DOWN }

    private final double gap;
    /** The columns of the last layout: what Up and Down move by. */
    private int shownColumns = 1;

    CardGrid(double gap) {
        this.gap = gap;
    }

    /** How many cards a row holds: as many as fit side by side, then as few as keep the rows even. */
    static int columns(double available, double widest, double gap, int cards) {
        if (cards == 0) {
            return 1;
        }
        int fit = Math.max(1, Math.min(cards, (int) Math.floor((available + gap) / (widest + gap))));
        int rows = (cards + fit - 1) / fit;
        return (cards + rows - 1) / rows;
    }

    /** The width of each card when {@code columns} share {@code available}. */
    static double cardWidth(double available, int columns, double gap) {
        return Math.floor((available - gap * (columns - 1)) / columns);
    }

    /**
     * The card a move from the card at {@code at} lands on: Up and Down go to the card above or below (the last card
     * of a shorter last row if none is right below), Left and Right to the one before or after; none at an edge.
     */
    static int neighbour(int at, Move move, int columns, int count) {
        return switch (move) {
            case LEFT -> Math.max(0, at - 1);
            case RIGHT -> Math.min(count - 1, at + 1);
            case UP -> at - columns >= 0 ? at - columns : at;
            case DOWN -> at / columns < (count - 1) / columns ? Math.min(count - 1, at + columns) : at;
        };
    }

    /**
     * The scroll value (0 to 1) that shows a card from {@code top} to {@code bottom} of {@code content} in
     * {@code viewport}, moving from {@code vvalue} only as far as needed; a card taller than the viewport shows its top.
     */
    static double scrollToShow(double top, double bottom, double viewport, double content, double vvalue) {
        double range = content - viewport;
        if (range <= 0) {
            return 0;
        }
        double offset = vvalue * range;
        if (bottom > offset + viewport) {
            offset = bottom - viewport;
        }
        if (top < offset) {
            offset = top;
        }
        return offset / range;
    }

    /** How many cards a row held at the last layout. */
    int shownColumns() {
        return shownColumns;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected void layoutChildren() {
        place(getWidth(), true);
    }

    @Override
    protected double computePrefHeight(double width) {
        return place(width < 0 ? Math.max(getWidth(), computeMinWidth(-1)) : width, false);
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + widest();
    }

    @Override
    protected double computePrefWidth(double height) {
        return computeMinWidth(height);
    }

    /** Lays the cards out in {@code width} (or only measures); returns the height they take. */
    private double place(double width, boolean layout) {
        List<Node> cards = getManagedChildren();
        Insets in = getInsets();
        double available = width - in.getLeft() - in.getRight();
        int columns = columns(available, widest(), gap, cards.size());
        double cardWidth = Math.max(widest(), cardWidth(available, columns, gap));
        if (layout) {
            shownColumns = columns;
        }
        double y = in.getTop();
        for (int first = 0; first < cards.size(); first += columns) {
            List<Node> row = cards.subList(first, Math.min(cards.size(), first + columns));
            double height = row.stream().mapToDouble(card -> card.prefHeight(cardWidth)).max().orElse(0);
            for (int i = 0; i < row.size(); i++) {
                if (layout) {
                    row.get(i).resizeRelocate(snapPositionX(in.getLeft() + i * (cardWidth + gap)), snapPositionY(y),
                            cardWidth, height);
                }
            }
            y += height + gap;
        }
        return (cards.isEmpty() ? y : y - gap) + in.getBottom();
    }

    /** The widest card's own width: what the columns must leave each card. */
    private double widest() {
        return getManagedChildren().stream().mapToDouble(card -> card.prefWidth(-1)).max().orElse(0);
    }
}
