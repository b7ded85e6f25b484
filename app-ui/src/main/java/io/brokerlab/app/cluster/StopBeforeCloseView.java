package io.brokerlab.app.cluster;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Laid over the window while the nodes stop before it closes: the progress, and the way out. */
public final class StopBeforeCloseView {

    private StopBeforeCloseView() {
    }

    /** The overlay's title and what leaving the rest running does, for what waits on the stop. */
    public record Texts(String title, String why) {
    }

    private static final String ONE_AT_A_TIME =
            "Brokers stop one at a time (each hands its partitions over first), then ZooKeeper.";

    public static final Texts CLOSING = new Texts("Stopping the cluster before closing", ONE_AT_A_TIME
            + " Leaving closes the window now: the node already stopping finishes, the others keep running, and"
            + " the next start of Brokerlab shows them.");

    public static final Texts SWITCHING = new Texts("Stopping the cluster before switching workspace", ONE_AT_A_TIME
            + " Leaving shows the other workspace now: the node already stopping finishes, the others keep running,"
            + " and closing the window names their workspace.");

    public static Node overlay(StopBeforeClose model, Texts texts) {
        Label title = new Label(texts.title());
        title.getStyleClass().add(Styles.TITLE_3);
        Label why = new Label(texts.why());
        why.setWrapText(true);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        Button leave = new Button("Leave the rest running", new FontIcon(Feather.LOG_OUT));
        leave.setId("close-leave-rest");
        leave.setOnAction(e -> model.leaveTheRestRunning());
        VBox card = new VBox(12, title, ClusterView.progressBox(model.progress()), why, leave);
        card.getStyleClass().add("stop-before-close");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane overlay = new StackPane(card);
        overlay.setId("stop-before-close");
        overlay.getStyleClass().add("stop-before-close-overlay");
        StackPane.setAlignment(card, Pos.CENTER);
        return overlay;
    }
}
