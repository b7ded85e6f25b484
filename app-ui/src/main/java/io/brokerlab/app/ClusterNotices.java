package io.brokerlab.app;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import atlantafx.base.util.Animations;
import io.brokerlab.app.cluster.ActionLook;
import io.brokerlab.app.cluster.ClusterViewModel;
import io.brokerlab.app.cluster.ClusterViewModel.Action;
import io.brokerlab.app.topics.TopicRow;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.EventType;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Notifications for what needs attention whatever view is open: a node that crashed on its own, partitions that
 * lost replicas or fell below their topic's min.insync.replicas, and the answer to a key pressed outside its view.
 * They stack in a corner of the window itself, not in popup windows: a popup's first show cost the FX thread about
 * 100 ms in the middle of a failover demo (measured with AppPerfBench), and in the window they follow the theme and
 * the text size. FX thread (the session's event batches, the Topics view's rows).
 */
final class ClusterNotices {

    private static final Duration SHOWN_FOR = Duration.seconds(8);
    private static final int MAX_SHOWN = 3;
    /** A timed notice's timer, among its properties. */
    static final String TIMEOUT = "brokerlab.notice.timeout";
    /** Loaded ahead on a background thread, so the first notice costs the FX thread no class loading. */
    private static final List<String> CLASSES = List.of("atlantafx.base.controls.Notification",
            "atlantafx.base.controls.NotificationSkin", "atlantafx.base.util.Animations");

    private static final Set<EventType> BROKER_CHANGE = EnumSet.of(EventType.BROKER_DOWN, EventType.BROKER_UP);
    private static final Set<EventType> HURT = EnumSet.of(EventType.PARTITION_UNDER_REPLICATED,
            EventType.PARTITION_OFFLINE);
    /** A deleted topic's partitions heal no more: its deletion is the only event that says they are gone. */
    private static final Set<EventType> HEALED = EnumSet.of(EventType.PARTITION_FULLY_REPLICATED,
            EventType.PARTITION_ONLINE, EventType.TOPIC_DELETED);

    private final VBox layer = new VBox(8);
    private final Executor later;
    private final Consumer<NodeId> showLog;
    /**
     * Partitions short of replicas or of a leader, kept while no notice shows: a notice hidden by its timeout must
     * not count from zero again when the next batch of the same failure comes (it said "1 partition" of 12).
     */
    private final Set<Partition> behind = new HashSet<>();
    private final Set<Partition> offline = new HashSet<>();
    /**
     * Brokers known to be down (by the launcher at once, by the controller's broker_down in time), by id: the cause a
     * partition notice names instead of "a replica fell out of sync".
     */
    private final Set<Integer> downBrokers = new TreeSet<>();
    /** Brokers the user paused: down for the cluster once their session ends, but frozen, not dead. */
    private final Set<Integer> pausedBrokers = new TreeSet<>();
    private Notification partitionsNotice;
    private Notification quorumNotice;
    /** Each topic's partitions without a leader or below min.insync.replicas, as last counted, by name. */
    private Map<String, Shortfall> shortfalls = Map.of();
    private Notification minIsrNotice;
    /** True while the user stops the whole cluster or restarts brokers: partitions losing replicas was asked for. */
    private BooleanSupplier onPurpose = () -> false;
    /** Counts the clusters shown, so a notice queued for one is dropped once another is shown. */
    private long shownCluster;

    private record Partition(String topic, int partition) {
    }

    /** Of a topic's partitions, those below its min.insync.replicas and those without a leader. */
    private record Shortfall(long below, long offline, int minInsyncReplicas) {

        static final Shortfall NONE = new Shortfall(0, 0, 0);

        /**
         * More partitions refuse acks=all writes, and not because offline ones got a leader back with too few replicas
         * yet: that is a cluster starting, which heals, and says nothing new.
         */
        boolean worseThan(Shortfall before) {
            return below > before.below && below + offline > before.below + before.offline;
        }
    }

    /**
     * @param later   runs a notice after the pulse that delivered its events (the app: {@code Platform::runLater}),
     *                so the views' own update of those events is drawn first
     * @param showLog a crashed node's "Show log": opens the Cluster view on that node's log (FX thread)
     */
    ClusterNotices(Executor later, Executor background, Consumer<NodeId> showLog) {
        this.later = later;
        this.showLog = showLog;
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

    /**
     * {@code onPurpose}: whether nodes stop or restart on the user's request now (FX thread); no partition alarms
     * meanwhile.
     */
    void quietWhile(BooleanSupplier onPurpose) {
        this.onPurpose = onPurpose;
    }

    /** Where the notices stack: clear of what the view shown is about. FX thread. */
    void corner(Pos corner) {
        layer.setAlignment(corner);
    }

    /** The layer to lay over the views; it lets clicks through where no notice is. */
    VBox layer() {
        return layer;
    }

    /** Another cluster is shown: what was counted of the last one no longer applies. FX thread. */
    void forget() {
        // notices already queued (see later) belong to the cluster shown before
        shownCluster++;
        behind.clear();
        offline.clear();
        downBrokers.clear();
        pausedBrokers.clear();
        shortfalls = Map.of();
        layer.getChildren().clear();
        partitionsNotice = null;
        quorumNotice = null;
        minIsrNotice = null;
    }

    /**
     * The answer to a keyboard command given where its own view is not shown (Ctrl+Shift+K in Topics during a demo):
     * without it the key would seem to do nothing. Done, it bears the action's own icon (a start is no kill); else the
     * outcome's text says why not.
     */
    void commandResult(Action action, ClusterViewModel.Outcome outcome) {
        Notification notice = outcome.done() ? show(ActionLook.icon(action), Styles.ACCENT)
                : show(Feather.ALERT_TRIANGLE, Styles.WARNING);
        notice.setMessage(outcome.text());
    }

    /** A kill from the app ends STOPPED; only a death nobody asked for is CRASHED. */
    void nodeEvents(List<NodeEvent> events) {
        for (NodeEvent event : events) {
            NodeStatus now = event.current();
            if (now.kind() == NodeKind.BROKER) {
                if (now.state() == NodeState.PAUSED) {
                    pausedBrokers.add(now.id().id());
                } else {
                    pausedBrokers.remove(now.id().id());
                }
                if (now.state().isAlive()) {
                    downBrokers.remove(now.id().id());
                } else {
                    downBrokers.add(now.id().id());
                }
            }
            if (event.current().state() == NodeState.CRASHED && event.previous().state() != NodeState.CRASHED) {
                NodeId node = event.current().id();
                String text = event.current().name() + " crashed.\n"
                        + event.current().exitReason().orElse("it exited unexpectedly");
                long cluster = shownCluster;
                later.execute(() -> {
                    if (cluster != shownCluster) {
                        return;
                    }
                    // its Show log is wanted after an error dialog about the same node is read and closed
                    Notification notice = staying(Feather.ALERT_TRIANGLE, Styles.WARNING);
                    notice.setMessage(text);
                    Button log = new Button("Show log");
                    log.setId("notice-show-log-" + node.name());
                    log.setOnAction(e -> {
                        layer.getChildren().remove(notice);
                        showLog.accept(node);
                    });
                    notice.setPrimaryActions(log);
                });
            }
        }
    }

    /**
     * One notice for a failure: a broker's death makes every partition it held under-replicated within moments, in
     * several batches; while its notice shows, later batches are added to it instead of stacking more notices, and
     * partitions that recover leave it (a leader's death leaves its partitions offline only until the next election).
     */
    void clusterEvents(List<ClusterEvent> events) {
        quorum(events);
        List<ClusterEvent> relevant = events.stream().filter(e -> HURT.contains(e.type()) || HEALED.contains(e.type())
                || BROKER_CHANGE.contains(e.type())).toList();
        if (relevant.isEmpty()) {
            return;
        }
        long cluster = shownCluster;
        later.execute(() -> {
            if (cluster != shownCluster) {
                return;
            }
            for (ClusterEvent e : relevant) {
                if (BROKER_CHANGE.contains(e.type())) {
                    if (e.broker() != null && e.type() == EventType.BROKER_DOWN) {
                        downBrokers.add(e.broker());
                    } else if (e.broker() != null) {
                        downBrokers.remove(e.broker());
                    }
                    continue;
                }
                if (e.type() == EventType.TOPIC_DELETED) {
                    behind.removeIf(p -> p.topic().equals(e.topic()));
                    offline.removeIf(p -> p.topic().equals(e.topic()));
                    continue;
                }
                Partition partition = new Partition(e.topic(), e.partition());
                switch (e.type()) {
                    case PARTITION_OFFLINE -> offline.add(partition);
                    case PARTITION_ONLINE -> offline.remove(partition);
                    case PARTITION_UNDER_REPLICATED -> behind.add(partition);
                    default -> behind.remove(partition);
                }
            }
            boolean shown = partitionsNotice != null && layer.getChildren().contains(partitionsNotice);
            if (offline.isEmpty() && behind.isEmpty() || onPurpose.getAsBoolean()) {
                if (shown) {
                    layer.getChildren().remove(partitionsNotice);
                }
                return;
            }
            if (!shown) {
                // healing alone is no news
                if (relevant.stream().noneMatch(e -> HURT.contains(e.type()))) {
                    return;
                }
                partitionsNotice = show(Feather.ALERT_TRIANGLE, Styles.WARNING);
            }
            Set<String> topics = new TreeSet<>();
            behind.forEach(p -> topics.add(p.topic()));
            offline.forEach(p -> topics.add(p.topic()));
            // the first line ends with a full stop: the notice wraps its lines, and they would read as one sentence
            partitionsNotice.setMessage((offline.isEmpty() ? partitions(behind.size()) + " under-replicated"
                    : partitions(offline.size()) + " offline") + ".\n" + cause(String.join(", ", topics))
                    + " See the replica map in Topics and the Timeline.");
        });
    }

    /**
     * The topic rows as the Topics view counts them, whenever they change: a partition below its topic's
     * min.insync.replicas refuses acks=all writes although its leader runs, which the under-replicated notice does not
     * say. As that one: a notice while any are, its count kept up to date, gone when all recovered, and after it hid
     * shown again only when more partitions fall below. The counts are kept while no notice shows, as {@link #behind}
     * is.
     */
    void topicRows(List<TopicRow> rows) {
        Map<String, Shortfall> now = new TreeMap<>();
        rows.forEach(r -> now.put(r.name(), new Shortfall(r.belowMinIsr(), r.offline(), r.minInsyncReplicas())));
        long cluster = shownCluster;
        later.execute(() -> {
            if (cluster != shownCluster) {
                return;
            }
            Map<String, Shortfall> before = shortfalls;
            shortfalls = now;
            boolean worse = now.entrySet().stream()
                    .anyMatch(e -> e.getValue().worseThan(before.getOrDefault(e.getKey(), Shortfall.NONE)));
            List<String> below = now.entrySet().stream().filter(e -> e.getValue().below() > 0)
                    .map(e -> e.getKey() + ": " + (e.getValue().below() == 1 ? "1 partition"
                            : e.getValue().below() + " partitions") + " below min.insync.replicas="
                            + e.getValue().minInsyncReplicas()).toList();
            boolean shown = minIsrNotice != null && layer.getChildren().contains(minIsrNotice);
            if (below.isEmpty() || onPurpose.getAsBoolean()) {
                if (shown) {
                    layer.getChildren().remove(minIsrNotice);
                }
                return;
            }
            if (!shown) {
                if (!worse) {
                    return;
                }
                minIsrNotice = show(Feather.SLASH, Styles.DANGER);
            }
            minIsrNotice.setMessage(String.join("; ", below)
                    + " — producers with acks=all are refused until a replica catches up.");
        });
    }

    /**
     * The ZooKeeper ensemble without a majority: the cluster's metadata is frozen (no leader moves, no ISR change), so
     * the views' last state is all there is. Not said for an election among a majority (a fraction of a second).
     */
    private void quorum(List<ClusterEvent> events) {
        events.stream().filter(e -> e.type() == EventType.QUORUM_LOST && !e.isElection()).reduce((a, b) -> b)
                .ifPresent(lost -> {
                    long cluster = shownCluster;
                    later.execute(() -> {
                        if (cluster != shownCluster || onPurpose.getAsBoolean()) {
                            return;
                        }
                        quorumNotice = show(Feather.ALERT_TRIANGLE, Styles.DANGER);
                        quorumNotice.setMessage("ZooKeeper lost its quorum (" + lost.detail() + ").\nNo leader can "
                                + "move and no ISR change until most ZooKeepers run again: start one in Cluster.");
                    });
                });
        if (events.stream().anyMatch(e -> e.type() == EventType.QUORUM_REGAINED)) {
            later.execute(() -> {
                if (quorumNotice != null) {
                    layer.getChildren().remove(quorumNotice);
                    quorumNotice = null;
                }
            });
        }
    }

    /** The down brokers when known: a dead broker, not a slow replica, is what a failover demo shows. */
    private String cause(String topics) {
        if (downBrokers.isEmpty()) {
            return "In " + topics + (offline.isEmpty() ? ": a replica fell out of sync." : ": no replica can lead.");
        }
        List<String> names = downBrokers.stream()
                .map(id -> NodeId.broker(id).name() + (pausedBrokers.contains(id) ? " (paused)" : "")).toList();
        return String.join(", ", names) + (names.size() == 1 ? " is down: " : " are down: ")
                // as the replica map marks them ("broker down"); "offline" is the topic list's word for a partition
                // without a leader
                + (offline.isEmpty() ? (names.size() == 1 ? "its" : "their") + " replicas in " + topics
                        + " are down with " + (names.size() == 1 ? "it." : "them.")
                        : "no replica left in " + topics + " can lead.");
    }

    private static String partitions(long count) {
        return count + (count == 1 ? " partition is" : " partitions are");
    }

    private Notification show(Ikon icon, String style) {
        Notification notice = staying(icon, style);
        PauseTransition timeout = new PauseTransition(SHOWN_FOR);
        timeout.setOnFinished(e -> layer.getChildren().remove(notice));
        notice.getProperties().put(TIMEOUT, timeout);
        timeout.play();
        return notice;
    }

    /** A notice that stays until closed (or pushed out by newer ones): one whose action the user may still need. */
    private Notification staying(Ikon icon, String style) {
        Notification notice = new Notification("", new FontIcon(icon));
        notice.getStyleClass().addAll(style, Styles.ELEVATED_1, "cluster-notice");
        notice.setMaxWidth(Region.USE_PREF_SIZE);
        notice.setMaxHeight(Region.USE_PREF_SIZE);
        notice.setOnClose(e -> layer.getChildren().remove(notice));
        if (layer.getChildren().size() >= MAX_SHOWN) {
            layer.getChildren().remove(0);
        }
        layer.getChildren().add(notice);
        Animations.slideInDown(notice, Duration.millis(250)).playFromStart();
        return notice;
    }
}
