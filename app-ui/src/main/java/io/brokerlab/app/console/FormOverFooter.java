package io.brokerlab.app.console;

import javafx.scene.layout.Region;

/**
 * A form above a footer that stays in view: the form gets the height it wants while the footer keeps its least, and
 * scrolls (it is a scroll pane) once the window is too low for both; the footer takes the rest. So at a projector's
 * text size Send and how it went are not pushed below the window's edge, and a status line that wraps to more lines
 * takes its room from the footer's list, not from the form: Send does not move under the pointer. FX thread.
 */
final class FormOverFooter extends Region {

    private final Region form;
    private final Region footer;

    FormOverFooter(Region form, Region footer) {
        this.form = form;
        this.footer = footer;
        getChildren().addAll(form, footer);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(form.minWidth(-1), footer.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + Math.max(form.prefWidth(-1), footer.prefWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        double inner = innerWidth(width);
        return snappedTopInset() + form.minHeight(inner) + footer.minHeight(inner) + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = innerWidth(width);
        return snappedTopInset() + form.prefHeight(inner) + footer.prefHeight(inner) + snappedBottomInset();
    }

    private double innerWidth(double width) {
        return width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        double formHeight = snapSizeY(Math.max(Math.min(form.prefHeight(w), h - footer.minHeight(w)),
                Math.min(form.minHeight(w), h)));
        form.resizeRelocate(x, y, w, formHeight);
        footer.resizeRelocate(x, y + formHeight, w, Math.max(0, h - formHeight));
    }
}
