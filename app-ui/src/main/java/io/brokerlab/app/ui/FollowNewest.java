package io.brokerlab.app.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a table's last row in view while {@code following} is true, like {@code tail -f}: after rows arrive, and
 * when the table comes back on screen after rows arrived meanwhile. It scrolls once per pulse, just before the
 * layout pass, so a flood of updates still costs one frame each. FX thread.
 */
public final class FollowNewest<T> {

    private final TableView<T> table;
    private final ObservableBooleanValue following;
    private final Runnable beforeLayout = this::scrollIfDue;
    private boolean due;

    private FollowNewest(TableView<T> table, ObservableBooleanValue following) {
        this.table = table;
        this.following = following;
    }

    public static <T> void install(TableView<T> table, ObservableBooleanValue following) {
        FollowNewest<T> follow = new FollowNewest<>(table, following);
        table.getItems().addListener((ListChangeListener<T>) c -> follow.due());
        following.addListener(o -> follow.due());
        table.sceneProperty().addListener((o, old, now) -> follow.moveTo(old, now));
        follow.moveTo(null, table.getScene());
    }

    private void due() {
        due = true;
        table.requestLayout();
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
        if (!due) {
            return;
        }
        due = false;
        int rows = table.getItems().size();
        if (following.get() && rows > 0) {
            // The table learns its new row count in its own layout; scrolling before that aims at the old count.
            table.layout();
            table.scrollTo(rows - 1);
            // scrollTo aims by estimated row heights, which right after the table comes back on screen can leave the
            // last row a row below the edge; the flow's end position is the bottom whatever the estimates
            if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.setPosition(1);
            }
        }
    }
}
