package io.brokerlab.app.ui;

import java.util.function.IntConsumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a table's or list's last row in view while {@code following} is true, like {@code tail -f}: after rows
 * arrive, and when it comes back on screen after rows arrived meanwhile. It scrolls once per pulse, just before the
 * layout pass, so a flood of updates still costs one frame each. FX thread.
 */
public final class FollowNewest<T> {

    private final Control view;
    private final ObservableList<T> items;
    private final IntConsumer scrollTo;
    private final ObservableBooleanValue following;
    private final Runnable beforeLayout = this::scrollIfDue;
    private boolean due;
    /** The rows' height last seen: a larger text or another theme changes it, and the newest row slid out of view. */
    private double rowHeight;

    private FollowNewest(Control view, ObservableList<T> items, IntConsumer scrollTo, ObservableBooleanValue following) {
        this.view = view;
        this.items = items;
        this.scrollTo = scrollTo;
        this.following = following;
    }

    public static <T> void install(TableView<T> table, ObservableBooleanValue following) {
        install(table, table.getItems(), table::scrollTo, following);
    }

    public static <T> void install(ListView<T> list, ObservableBooleanValue following) {
        install(list, list.getItems(), list::scrollTo, following);
    }

    private static <T> void install(Control view, ObservableList<T> items, IntConsumer scrollTo,
                                    ObservableBooleanValue following) {
        FollowNewest<T> follow = new FollowNewest<>(view, items, scrollTo, following);
        items.addListener((ListChangeListener<T>) c -> follow.due());
        following.addListener(o -> follow.due());
        // a view made shorter (the toolbar above it wrapping at a larger text) hides its last rows too
        view.layoutBoundsProperty().addListener((o, was, now) -> {
            if (was.getHeight() != now.getHeight()) {
                follow.due();
            }
        });
        view.sceneProperty().addListener((o, old, now) -> follow.moveTo(old, now));
        follow.moveTo(null, view.getScene());
    }

    private void due() {
        due = true;
        view.requestLayout();
    }

    private void moveTo(Scene old, Scene now) {
        if (old != null) {
            old.removePreLayoutPulseListener(beforeLayout);
        }
        if (now != null) {
            now.addPreLayoutPulseListener(beforeLayout);
        }
    }

    private void scrollIfDue() {
        if (following.get() && view.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null && flow.getFirstVisibleCell().getHeight() != rowHeight) {
            rowHeight = flow.getFirstVisibleCell().getHeight();
            due = true;
        }
        if (!due) {
            return;
        }
        due = false;
        int rows = items.size();
        if (following.get() && rows > 0) {
            // The view learns its new row count in its own layout; scrolling before that aims at the old count.
            view.layout();
            scrollTo.accept(rows - 1);
            // scrollTo aims by estimated row heights, which right after the table comes back on screen can leave the
            // last row a row below the edge; the flow's end position is the bottom whatever the estimates
            if (view.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.setPosition(1);
                // and the end position too is an estimate when the rows changed height (a larger text): laid out, the
                // last row is among the cells, and the flow scrolls it whole into view by its real height
                view.layout();
                flow.scrollTo(rows - 1);
            }
        }
    }
}
