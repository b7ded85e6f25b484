package io.brokerlab.app;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The window's bottom line: the cluster's summary at the left, the keys that apply (or why one did nothing) at the right. */
final class StatusBar extends HBox {

    private final Session session;
    private final int views;
    /** The keys that apply, or for a while why a key did nothing. */
    private final Label keys = new Label();
    private final PauseTransition keysBack = new PauseTransition(Duration.seconds(8));

    /**
     * @param views    how many views the window has, for the hint's Ctrl+digit keys
     * @param showKeys opens the list of all keys, as F1 does: the hint is where a user looks for it
     */
    StatusBar(ObservableValue<String> summary, Session session, int views, Runnable showKeys) {
        super(12);
        this.session = session;
        this.views = views;
        Label status = new Label();
        status.setId("status-summary");
        status.textProperty().bind(summary);
        // at a projector's text size the hint gives way (elided) before the cluster's state does
        status.setMinWidth(Region.USE_PREF_SIZE);
        keys.setId("status-keys");
        keys.setMinWidth(0);
        keys.setCursor(Cursor.HAND);
        keys.setOnMouseClicked(e -> showKeys.run());
        keysBack.setOnFinished(e -> showHint());
        session.connectionProperty().addListener(o -> showHint());
        showHint();
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(status, grow, keys);
        getStyleClass().add("status-bar");
    }

    /** The keys that do something now: no process control for an external cluster or an empty folder. */
    private void showHint() {
        keysBack.stop();
        keys.getStyleClass().setAll("label", Styles.TEXT_MUTED);
        keys.setText(ShortcutHint.of(views, session.cluster() != null));
    }

    /** Says, for a few seconds, why a key did nothing. */
    void say(String why) {
        keys.getStyleClass().setAll("label", Styles.WARNING);
        keys.setText(why);
        keysBack.playFromStart();
    }
}
