package io.brokerlab.app.console;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * A form with each label beside its field, or above it once the fields would be narrower than
 * {@link #NARROWEST_FIELD_EM} ems: at the Large room text size the publish side's fields were about 120 px wide beside
 * their labels, their prompts cut after a word or two. Labels are never cut. FX thread.
 */
final class StackingForm extends GridPane {

    /**
     * About sixteen characters of a prompt, at any text size: at the Projector size on 1366x768 the fields stay beside
     * their labels (a form twice as tall would scroll Messages and the Value out of view), at Large room they go under.
     */
    static final double NARROWEST_FIELD_EM = 8;

    private static final double GAP = 10;
    /** Between a label and the field below it: closer than to the field above, so it reads as that field's. */
    private static final double STACKED_GAP = 2;

    private final List<Label> labels = new ArrayList<>();
    private final List<Node> fields = new ArrayList<>();
    private boolean stacked;

    StackingForm() {
        setHgap(GAP);
        setVgap(GAP);
    }

    void addRow(Label label, Node field) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        labels.add(label);
        fields.add(field);
        getChildren().addAll(label, field);
        place(labels.size() - 1);
    }

    /** True while the labels are above their fields. */
    boolean stacked() {
        return stacked;
    }

    @Override
    protected void layoutChildren() {
        // decided from the width given, which the form's content does not change: the split pane sets it
        boolean narrow = !labels.isEmpty() && fieldWidthBeside() < NARROWEST_FIELD_EM * labels.get(0).getFont().getSize();
        if (narrow != stacked) {
            stacked = narrow;
            setVgap(stacked ? STACKED_GAP : GAP);
            for (int i = 0; i < labels.size(); i++) {
                place(i);
            }
        }
        super.layoutChildren();
    }

    private double fieldWidthBeside() {
        double widest = labels.stream().mapToDouble(label -> label.prefWidth(-1)).max().orElse(0);
        return getWidth() - snappedLeftInset() - snappedRightInset() - getHgap() - widest;
    }

    private void place(int row) {
        Label label = labels.get(row);
        Node field = fields.get(row);
        if (stacked) {
            setConstraints(label, 0, 2 * row, 2, 1);
            setConstraints(field, 0, 2 * row + 1, 2, 1);
            setMargin(label, row == 0 ? null : new Insets(GAP - STACKED_GAP, 0, 0, 0));
        } else {
            setConstraints(label, 0, row, 1, 1);
            setConstraints(field, 1, row, 1, 1);
            setMargin(label, null);
        }
    }
}
