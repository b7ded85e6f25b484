package io.brokerlab.app;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import atlantafx.base.util.Animations;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.EventType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Notifications for what needs attention whatever view is open: a node that crashed on its own, partitions that
 * lost replicas. They stack in a corner of the window itself, not in popup windows: a popup's first show cost the FX
 * thread about 100 ms in the middle of a failover demo (measured with AppPerfBench), and in the window they follow
 * the theme and the text size. FX thread (the session's event batches).
 */
final class ClusterNotices {

    private static final Duration SHOWN_FOR = Duration.seconds(8);
    private static final int MAX_SHOWN = 3;
    /** Loaded ahead on a background thread, so the first notice costs the FX thread no class loading. */
    private static final List<String> CLASSES = List.of("atlantafx.base.controls.Notification",
            "atlantafx.base.controls.NotificationSkin", "atlantafx.base.util.Animations");

    private static final Set<EventType> HURT = EnumSet.of(EventType.PARTITION_UNDER_REPLICATED,
            EventType.PARTITION_OFFLINE);
    private static final Set<EventType> HEALED = EnumSet.of(EventType.PARTITION_FULLY_REPLICATED,
            EventType.PARTITION_ONLINE);

    private final VBox layer = new VBox(8);
    private final Executor later;
    private Shown partitionsNotice;

    /** The partitions notice on screen and what it counts. */
    private record Shown(Notification notice, Set<String> topics, Set<String> behind, Set<String> offline) {
    }

    /**
     * @param later runs a notice after the pulse that delivered its events (the app: {@code Platform::runLater}), so
     *              the views' own update of those events is drawn first
     */
    ClusterNotices(Executor later, Executor background) {
        this.later = later;
        // bottom right: over the ends of tables and logs rather than over toolbars, headers and their buttons
        layer.setAlignment(Pos.BOTTOM_RIGHT);
        layer.setPadding(new Insets(12));
        layer.setPickOnBounds(false);
        layer.setId("notices");
        background.execute(() -> CLASSES.forEach(ClusterNotices::load));
    }

    private static void load(String name) {
        try {
            Class.forName(name, false, ClusterNotices.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            // another AtlantaFX version: the first notice loads what it needs itself
        }
    }

    /** The layer to lay over the views; it lets clicks through where no notice is. */
    VBox layer() {
        return layer;
    }

    /** A kill from the app ends STOPPED; only a death nobody asked for is CRASHED. */
    void nodeEvents(List<NodeEvent> events) {
        for (NodeEvent event : events) {
            if (event.current().state() == NodeState.CRASHED && event.previous().state() != NodeState.CRASHED) {
                warn(event.current().name() + " crashed", event.current().exitReason().orElse("it exited unexpectedly")
                        + " — see its log in the Cluster view");
            }
        }
    }

    /**
     * One notice for a failure: a broker's death makes every partition it held under-replicated within moments, in
     * several batches; while its notice shows, later batches are added to it instead of stacking more notices, and
     * partitions that recover leave it (a leader's death leaves its partitions offline only until the next election).
     */
    void clusterEvents(List<ClusterEvent> events) {
        List<ClusterEvent> relevant = events.stream().filter(e -> HURT.contains(e.type()) || HEALED.contains(e.type()))
                .toList();
        if (relevant.isEmpty()) {
            return;
        }
        later.execute(() -> {
            boolean shown = partitionsNotice != null && layer.getChildren().contains(partitionsNotice.notice());
            if (!shown) {
                if (relevant.stream().noneMatch(e -> HURT.contains(e.type()))) {
                    return;
                }
                partitionsNotice = new Shown(show(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
            }
            Shown n = partitionsNotice;
            for (ClusterEvent e : relevant) {
                String partition = e.topic() + "-" + e.partition();
                switch (e.type()) {
                    case PARTITION_OFFLINE -> n.offline().add(partition);
                    case PARTITION_ONLINE -> n.offline().remove(partition);
                    case PARTITION_UNDER_REPLICATED -> n.behind().add(partition);
                    default -> n.behind().remove(partition);
                }
                if (HURT.contains(e.type())) {
                    n.topics().add(e.topic());
                }
            }
            if (n.offline().isEmpty() && n.behind().isEmpty()) {
                layer.getChildren().remove(n.notice());
                return;
            }
            n.notice().setMessage((n.offline().isEmpty() ? partitions(n.behind().size()) + " under-replicated"
                    : partitions(n.offline().size()) + " offline") + "\nIn " + String.join(", ", n.topics())
                    + (n.offline().isEmpty() ? ": a replica fell out of sync. " : ": no replica can lead. ")
                    + "See the replica map in Topics and the Timeline.");
        });
    }

    private static String partitions(long count) {
        return count + (count == 1 ? " partition is" : " partitions are");
    }

    private void warn(String title, String text) {
        later.execute(() -> show().setMessage(title + "\n" + text));
    }

    private Notification show() {
        Notification notice = new Notification("", new FontIcon(Feather.ALERT_TRIANGLE));
        notice.getStyleClass().addAll(Styles.WARNING, Styles.ELEVATED_1, "cluster-notice");
        notice.setMaxWidth(Region.USE_PREF_SIZE);
        notice.setMaxHeight(Region.USE_PREF_SIZE);
        notice.setOnClose(e -> layer.getChildren().remove(notice));
        if (layer.getChildren().size() >= MAX_SHOWN) {
            layer.getChildren().remove(0);
        }
        layer.getChildren().add(notice);
        Animations.slideInDown(notice, Duration.millis(250)).playFromStart();
        PauseTransition timeout = new PauseTransition(SHOWN_FOR);
        timeout.setOnFinished(e -> layer.getChildren().remove(notice));
        timeout.play();
        return notice;
    }
}
