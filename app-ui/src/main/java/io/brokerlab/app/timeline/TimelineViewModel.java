package io.brokerlab.app.timeline;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.app.UserAction;
import io.brokerlab.app.topics.TopicRow;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;

/**
 * The failover timeline as a time-ordered list of sentences, newest first, so a demo shows cause and effect:
 * node actions (start, ready, stop, kill, crash, pause) come from the launcher's node events, everything the
 * cluster does about them (leader changes, ISR shrink/expand, under-replicated and offline partitions,
 * controller, ZooKeeper roles, quorum) from the state watcher's {@link ClusterEvent}s, topics below their
 * min.insync.replicas from the Topics view's rows. An effect says how long after
 * its likely cause it came: a broker's registration after that broker's own start, its session's end after its own
 * stop or kill; leader, ISR, partition and controller changes after the latest thing a broker did, the quorum loss
 * or a leader move or election the user asked for in Topics (listed as well); ZooKeeper roles and quorum after the
 * latest thing a ZooKeeper did. Topics created or deleted and the watcher's own connection have no cause. FX thread.
 */
public final class TimelineViewModel {

    /**
     * How long after a node action a change is still put down to it: a leader moved half an hour after a restart
     * (a preferred election in Topics, say) was not that restart's doing.
     */
    static final Duration CAUSE_WINDOW = Duration.ofMinutes(2);
    /** Why a leader moved while the old one stayed in sync, when the user did not ask for it. */
    static final String REBALANCED = "in a preferred leader election, the old leader still in sync: Kafka's own"
            + " rebalance (auto.leader.rebalance.enable)";
    /** How late the launcher's event of a node action the app asked for may come and still be that action. */
    private static final Duration ASKED_NOTICED_WITHIN = Duration.ofSeconds(10);

    /** Quicker than this an effect is said to come with its cause (the app's own counting), not after it. */
    static final Duration AT_ONCE = Duration.ofMillis(50);

    public static final int MAX_ENTRIES = 2_000;

    private final TimelineEntries entries = new TimelineEntries(MAX_ENTRIES);
    private final MinIsrShortfalls shortfalls = new MinIsrShortfalls();
    private final PartitionLines partitionChanges = new PartitionLines();
    private final Map<String, Offline> offlineSince = new HashMap<>();
    /**
     * What each node last did to come back (began to start, resumed), by name: its registration and its return to
     * ISRs are timed from there.
     */
    private final Map<String, Cause> joinedBy = new HashMap<>();
    /** What each node last did to leave (stop request, kill, crash, pause), by name: its session's end follows it. */
    private final Map<String, Cause> leftBy = new HashMap<>();
    private Cause brokerCause;
    /** The user's latest move or election of each partition or topic: only its own leader changes follow from it. */
    private final List<UserAction> asked = new ArrayList<>();
    private Cause zookeeperCause;
    /**
     * How long before the launcher notices a ZooKeeper's kill (it waits for the process to be gone) the watcher may
     * already have lost its connection to it: the kill was requested first.
     */
    static final Duration NOTICED_LATE = Duration.ofSeconds(2);
    /** A lost connection to ZooKeeper listed without a cause yet: a ZooKeeper's kill noticed just after explains it. */
    private TimelineEntry unexplainedLoss;
    /** When the ZooKeepers began electing a leader, null when they are not. */
    private Instant electingSince;
    /** Since when the ZooKeepers have had no majority (not an election among a majority); null while they have one. */
    private Instant lostSince;
    /** The ZooKeeper that last became the quorum leader. */
    private String zookeeperLeader;
    private boolean showInternalTopics;

    /** Something that happened to a node (or the quorum) which later cluster events are timed from. */
    private record Cause(Instant at, String sentence) {
    }

    /** A partition gone offline at {@code at}, its leader until then {@code leader} (null if unknown). */
    private record Offline(Instant at, Integer leader) {
    }

    /** A batch of node changes from the launcher, oldest first. */
    public void accept(List<NodeEvent> events) {
        List<TimelineEntry> batch = new ArrayList<>();
        for (NodeEvent event : events) {
            List<TimelineEntry> lines = describe(event.previous(), event.current(), event);
            if (!explainsLoss(event, lines)) {
                batch.addAll(lines);
            }
            remember(event);
        }
        entries.merge(batch);
    }

    /**
     * A ZooKeeper killed, stopped or crashed just after the watcher lost its connection: the launcher notices the end
     * once the process is gone, after its effect. The node's line moves to the loss's time, just before it, and the
     * loss names it as its cause. True when {@code lines} were placed so.
     */
    private boolean explainsLoss(NodeEvent event, List<TimelineEntry> lines) {
        NodeState now = event.current().state();
        TimelineEntry loss = unexplainedLoss;
        if (loss == null || lines.size() != 1 || event.current().kind() != NodeKind.ZOOKEEPER
                || now != NodeState.STOPPED && now != NodeState.CRASHED || event.at().isBefore(loss.at())
                || event.at().isAfter(loss.at().plus(NOTICED_LATE))) {
            return false;
        }
        unexplainedLoss = null;
        TimelineEntry ended = lines.get(0);
        String seen = "seen gone " + Duration.between(loss.at(), event.at()).toMillis() + " ms later";
        TimelineEntry node = new TimelineEntry(loss.at(), ended.node(), ended.what(), join(ended.detail(), seen),
                ended.tone(), 0);
        TimelineEntry effect = new TimelineEntry(loss.at(), loss.node(), loss.what(),
                join(loss.detail(), "after " + ended.node() + " " + (ended.what().equals("killed") ? "was killed"
                        : ended.what())), loss.tone(), 0);
        entries.replace(loss, List.of(node, effect));
        return true;
    }

    /**
     * A leader move or election the user asked for elsewhere: listed, and the leader changes that follow are timed
     * from it rather than from the last node action (a leader moved by hand a minute after a restart is not the
     * restart's doing).
     */
    public void acceptUserAction(UserAction action) {
        entries.merge(List.of(new TimelineEntry(action.at(), action.where(), action.what(), "",
                TimelineEntry.Tone.NEUTRAL, 0)));
        if (action.cause() == null) {
            return;
        }
        // past the window nothing is put down to it any more
        asked.removeIf(older -> older.where().equals(action.where())
                || older.at().isBefore(action.at().minus(CAUSE_WINDOW)));
        asked.add(action);
    }

    /**
     * A leader change's cause: the newest of the last thing a broker did and the user's move or election of that very
     * partition; ISR and other changes, and other partitions' leaders, keep the broker's.
     */
    private Cause leaderCause(ClusterEvent e) {
        Cause cause = brokerCause;
        for (UserAction action : asked) {
            if (action.covers(e.topic(), e.partition()) && (cause == null || action.at().isAfter(cause.at()))) {
                cause = new Cause(action.at(), action.cause());
            }
        }
        return cause;
    }

    /**
     * A leader change whose old leader stays in the ISR, which no node's leave explains (a kill or a graceful stop
     * takes the leader out of the ISR as it moves the leadership) and the user did not ask for in Topics: the
     * controller's periodic move of leaders back to their preferred replicas, minutes after a broker came back.
     */
    private boolean rebalancedByKafka(ClusterEvent e) {
        if (e.type() != EventType.LEADER_CHANGED || e.leader() == null || e.leader() < 0 || e.oldLeader() == null
                || e.oldLeader() < 0 || e.isr() == null || !e.isr().contains(e.oldLeader())) {
            return false;
        }
        return asked.stream().noneMatch(action -> action.covers(e.topic(), e.partition())
                && !e.time().isBefore(action.at()) && !e.time().isAfter(action.at().plus(CAUSE_WINDOW)));
    }

    /**
     * The user asked this app to act on {@code node} (a card's button, the kill key, the replica menu), the node's
     * next state being {@code toward} (RUNNING: a resume; {@code killed}: a kill): its effects are timed from the
     * request at once. The launcher's own event comes only at its next look, after a graceful stop has moved the
     * leaders away: they were put down to whatever a broker did before. Lists nothing; the launcher's event does.
     */
    public void nodeActionAsked(NodeId node, NodeState toward, boolean killed, Instant at) {
        String verb = killed ? "was killed" : switch (toward) {
            case STOPPING, STOPPED -> "was asked to stop";
            case PAUSED -> "was paused";
            case STARTING -> "started";
            case RUNNING -> "resumed";
            case CRASHED -> null;
        };
        if (verb != null) {
            cause(node.name(), node.kind(), toward == NodeState.STARTING || toward == NodeState.RUNNING,
                    new Cause(at, node.name() + " " + verb));
        }
    }

    private void remember(NodeEvent event) {
        NodeState was = event.previous().state();
        NodeState now = event.current().state();
        if (was == now) {
            return;
        }
        String verb = switch (now) {
            case STARTING -> "started";
            // ready is the end of a start already remembered; only a node seen running without starting is new
            case RUNNING -> was == NodeState.PAUSED ? "resumed" : was == NodeState.STARTING ? null : "started";
            // a graceful stop moves leaders away while the node is still STOPPING: the request stays the cause
            case STOPPED -> event.current().exitReason().isPresent() ? "was killed"
                    : was == NodeState.STOPPING ? null : "stopped";
            case CRASHED -> "crashed";
            case PAUSED -> "was paused";
            case STOPPING -> "was asked to stop";
        };
        if (verb == null) {
            return;
        }
        String node = event.current().name();
        boolean joins = now == NodeState.STARTING || now == NodeState.RUNNING;
        Cause cause = new Cause(event.at(), node + " " + verb);
        Cause asked = (joins ? joinedBy : leftBy).get(node);
        if (asked != null && asked.sentence().equals(cause.sentence()) && !asked.at().isAfter(cause.at())
                && asked.at().plus(ASKED_NOTICED_WITHIN).isAfter(cause.at())) {
            // the request the app made a moment ago: its time is when it happened, the launcher only noticed it later
            return;
        }
        cause(node, event.current().kind(), joins, cause);
    }

    private void cause(String node, NodeKind kind, boolean joins, Cause cause) {
        if (joins) {
            joinedBy.put(node, cause);
        } else {
            leftBy.put(node, cause);
        }
        if (kind == NodeKind.BROKER) {
            brokerCause = cause;
        } else {
            zookeeperCause = cause;
        }
    }

    /**
     * A batch of the state watcher's events, oldest first. Partitions' changes of one cause come together as one line
     * per topic and change, the leader changes above the rest of the same moment: what a demo shows first.
     */
    public void acceptCluster(List<ClusterEvent> events) {
        List<TimelineEntry> batch = new ArrayList<>();
        List<ClusterEvent> partitionEvents = new ArrayList<>();
        List<TimelineEntry> partitionLines = new ArrayList<>();
        List<String> partitionCauses = new ArrayList<>();
        for (ClusterEvent event : events) {
            if (event.topic() != null && event.topic().startsWith("__") && !showInternalTopics) {
                continue;
            }
            TimelineEntry entry = describe(event);
            if (entry == null) {
                continue;
            }
            Cause cause = causeOf(event);
            boolean rebalanced = rebalancedByKafka(event);
            String after = rebalanced ? REBALANCED : outage(event, cause, after(cause, event.time()));
            String detail = join(entry.detail(), after.isEmpty() ? "" : (effect(event) + " " + after).strip());
            TimelineEntry line = new TimelineEntry(entry.at(), entry.node(), entry.what(), detail, entry.tone(), 0);
            rememberOffline(event);
            if (PartitionLines.isPartitionChange(event)) {
                partitionEvents.add(event);
                partitionLines.add(line);
                partitionCauses.add(rebalanced ? REBALANCED : after.isEmpty() ? "" : cause.sentence());
                continue;
            }
            batch.add(electionTimed(event, line));
            if (event.type() == EventType.ZOOKEEPER_UNREACHABLE) {
                unexplainedLoss = after.isEmpty() ? line : null;
            } else if (event.type() == EventType.ZOOKEEPER_RECONNECTED) {
                unexplainedLoss = null;
            }
            if (event.type() == EventType.QUORUM_LOST && !event.isElection()) {
                // without ZooKeeper the controller can do nothing: what brokers do next follows from this
                brokerCause = new Cause(event.time(), "the ZooKeeper quorum was lost");
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < partitionEvents.size(); i++) {
            order.add(i);
        }
        // of lines at the same moment the last placed shows on top
        order.sort(Comparator.comparingInt(i -> shownOnTop(partitionEvents.get(i).type())));
        PartitionLines.Placed placed = partitionChanges.place(order.stream().map(partitionEvents::get).toList(),
                order.stream().map(partitionLines::get).toList(), order.stream().map(partitionCauses::get).toList());
        batch.addAll(placed.added());
        entries.replaceInPlace(placed.replaced(), batch);
    }

    private static int shownOnTop(EventType type) {
        return switch (type) {
            case LEADER_CHANGED -> 3;
            case PARTITION_OFFLINE, PARTITION_ONLINE -> 2;
            case ISR_SHRUNK, ISR_EXPANDED -> 1;
            default -> 0;
        };
    }

    /**
     * A partition back online after its leader was killed or stopped: it had no leader from then, not from the moment
     * ZooKeeper showed it offline, which comes once the dead leader's session expires, just before a new leader is
     * elected ("offline" and "online again" a few milliseconds apart). The outage is what the demo is about.
     */
    private String outage(ClusterEvent e, Cause cause, String after) {
        Offline offline = e.type() == EventType.PARTITION_ONLINE ? offlineSince.get(e.topic() + "-" + e.partition())
                : null;
        if (after.isEmpty() || offline == null || offline.leader() == null
                || !cause.equals(leftBy.get(broker(offline.leader())))) {
            return after;
        }
        return "no leader for " + seconds(Duration.between(cause.at(), e.time())) + " since " + cause.sentence();
    }

    /** When each partition last went offline, by "topic-partition": its return is not put down to an older start. */
    private void rememberOffline(ClusterEvent e) {
        if (e.type() == EventType.PARTITION_OFFLINE) {
            offlineSince.put(e.topic() + "-" + e.partition(), new Offline(e.time(), e.oldLeader()));
        } else if (e.type() == EventType.PARTITION_ONLINE) {
            offlineSince.remove(e.topic() + "-" + e.partition());
        }
    }

    /**
     * The Topics view's rows whenever they change, seen at {@code at}: a topic's partitions falling below its
     * min.insync.replicas, timed from the last thing a broker did, and meeting it again.
     */
    public void acceptTopicRows(List<TopicRow> rows, Instant at) {
        entries.merge(shortfalls.update(rows, at, showInternalTopics).stream()
                .map(line -> new TimelineEntry(line.at(), line.node(), line.what(),
                        join(line.detail(), after(brokerCause, at)), line.tone(), 0))
                .toList());
    }

    /** How long after {@code cause} something at {@code time} came; "" with no cause, or one outside the window. */
    private static String after(Cause cause, Instant time) {
        if (cause == null || time.isBefore(cause.at()) || time.isAfter(cause.at().plus(CAUSE_WINDOW))) {
            return "";
        }
        Duration took = Duration.between(cause.at(), time);
        // "0.0 s after" reads as a fault of the clock: the app itself counted it the moment it happened
        return took.compareTo(AT_ONCE) < 0 ? "as " + cause.sentence() : seconds(took) + " after " + cause.sentence();
    }

    /**
     * A ZooKeeper leader's death while a majority runs is a short election: the quorum's return says who leads and how
     * long it took, rather than "regained" after a loss that was none.
     */
    private TimelineEntry electionTimed(ClusterEvent e, TimelineEntry line) {
        if (e.type() == EventType.ZOOKEEPER_ROLE_CHANGED && "leader".equals(e.role())) {
            zookeeperLeader = e.node();
        } else if (e.type() == EventType.QUORUM_LOST) {
            electingSince = e.isElection() ? e.time() : null;
            if (!e.isElection() && lostSince == null) {
                lostSince = e.time();
            }
        } else if (e.type() == EventType.QUORUM_REGAINED) {
            Instant lost = lostSince;
            Instant electing = electingSince;
            lostSince = null;
            electingSince = null;
            // the outage is the lesson: how long the brokers could change nothing, not the last election's second
            if (lost != null && !e.isQuorumFormed()) {
                return new TimelineEntry(line.at(), line.node(), "quorum regained after "
                        + minutes(Duration.between(lost, e.time())) + " without one"
                        + (zookeeperLeader == null ? "" : ", " + zookeeperLeader + " leading"),
                        line.detail(), TimelineEntry.Tone.GOOD, 0);
            }
            if (electing != null) {
                return new TimelineEntry(line.at(), line.node(), "quorum leader " + (zookeeperLeader == null
                        ? "elected" : zookeeperLeader) + " after " + seconds(Duration.between(electing, e.time())),
                        line.detail(), TimelineEntry.Tone.GOOD, 0);
            }
        }
        return line;
    }

    /** "42.0 s", or past a minute "3 min 38 s". */
    static String minutes(Duration d) {
        return d.toSeconds() < 60 ? seconds(d)
                : String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
    }

    private Cause causeOf(ClusterEvent e) {
        return switch (e.type()) {
            case BROKER_UP -> joinedBy.get(broker(e.broker()));
            case BROKER_DOWN -> leftBy.get(broker(e.broker()));
            case LEADER_CHANGED -> leaderCause(e);
            // the replica that left or came back says why, not the last broker acted on: with two brokers
            // restarted one after the other, the first one's return would be put down to the second's start
            case ISR_SHRUNK, PARTITION_UNDER_REPLICATED -> newestOf(without(e.oldIsr(), e.isr()), leftBy);
            case ISR_EXPANDED, PARTITION_FULLY_REPLICATED -> newestOf(without(e.isr(), e.oldIsr()), joinedBy);
            // the leader that went, or came back; else (a new leader elected among the others) the last broker action
            case PARTITION_OFFLINE -> leftSince(broker(e.oldLeader()), joinedBy.get(broker(e.oldLeader())));
            case PARTITION_ONLINE -> joinedSince(broker(e.leader()), Optional.ofNullable(
                    offlineSince.get(e.topic() + "-" + e.partition())).map(Offline::at).orElse(null));
            case CONTROLLER_CHANGED -> brokerCause;
            case ZOOKEEPER_ROLE_CHANGED, QUORUM_LOST, QUORUM_REGAINED -> zookeeperCause;
            // the app reads the cluster's metadata from ZooKeeper: a ZooKeeper that went away a moment ago is why
            case ZOOKEEPER_UNREACHABLE -> zookeeperCause != null && zookeeperCause.at().isAfter(e.time().minus(
                    NOTICED_LATE.multipliedBy(5))) ? zookeeperCause : null;
            case TOPIC_CREATED, TOPIC_DELETED, ZOOKEEPER_RECONNECTED, CLUSTER_UNREACHABLE,
                    CLUSTER_RECONNECTED, NODE_STARTED, NODE_STOPPED, NODE_KILLED, NODE_CRASHED, NODE_PAUSED,
                    NODE_RESUMED -> null;
        };
    }

    /** The leader's own leave, unless it came back since (then another broker's action took the leader away). */
    private Cause leftSince(String leader, Cause itsReturn) {
        Cause left = leftBy.get(leader);
        return left == null || itsReturn != null && itsReturn.at().isAfter(left.at()) ? brokerCause : left;
    }

    /**
     * The new leader's own return, unless it came back before the partition went offline: it was there all along, and
     * whatever a broker did last made it the leader.
     */
    private Cause joinedSince(String leader, Instant offline) {
        Cause joined = joinedBy.get(leader);
        return joined == null || offline != null && joined.at().isBefore(offline) ? brokerCause : joined;
    }

    static List<Integer> without(List<Integer> brokers, List<Integer> others) {
        return brokers == null ? List.of() : brokers.stream().filter(b -> others == null || !others.contains(b)).toList();
    }

    /** The newest of the brokers' causes; none when no broker in the change was acted on here. */
    private static Cause newestOf(List<Integer> brokers, Map<String, Cause> causes) {
        return brokers.stream().map(b -> causes.get(broker(b))).filter(Objects::nonNull)
                .max(Comparator.comparing(Cause::at)).orElse(null);
    }

    private static String effect(ClusterEvent e) {
        return switch (e.type()) {
            case LEADER_CHANGED -> e.leader() != null && e.leader() >= 0 ? "new leader" : "leader lost";
            case ISR_SHRUNK, ISR_EXPANDED -> ""; // the event column already says it
            case CONTROLLER_CHANGED -> hasController(e) ? "new controller" : "controller lost";
            case BROKER_DOWN -> "session ended";
            case BROKER_UP -> "registered";
            default -> "";
        };
    }

    /** The sentence for one watcher event; null for events the launcher's node events already show. */
    static TimelineEntry describe(ClusterEvent e) {
        String partition = e.topic() + "-" + e.partition();
        return switch (e.type()) {
            case LEADER_CHANGED -> new TimelineEntry(e.time(), partition,
                    "leader " + broker(e.oldLeader()) + " → " + broker(e.leader()), "",
                    e.leader() == null || e.leader() < 0 ? TimelineEntry.Tone.BAD : TimelineEntry.Tone.NEUTRAL, 0);
            case ISR_SHRUNK -> new TimelineEntry(e.time(), partition, "ISR shrunk " + ids(e.oldIsr()) + " → " + ids(e.isr()),
                    "", TimelineEntry.Tone.BAD, 0);
            case ISR_EXPANDED -> new TimelineEntry(e.time(), partition,
                    "ISR expanded " + ids(e.oldIsr()) + " → " + ids(e.isr()), "", TimelineEntry.Tone.GOOD, 0);
            case PARTITION_UNDER_REPLICATED -> new TimelineEntry(e.time(), partition, "under-replicated", "",
                    TimelineEntry.Tone.BAD, 0);
            case PARTITION_FULLY_REPLICATED -> new TimelineEntry(e.time(), partition, "fully replicated", "",
                    TimelineEntry.Tone.GOOD, 0);
            case PARTITION_OFFLINE -> new TimelineEntry(e.time(), partition, "offline (no leader)", "",
                    TimelineEntry.Tone.BAD, 0);
            case PARTITION_ONLINE -> new TimelineEntry(e.time(), partition, "online again", "", TimelineEntry.Tone.GOOD, 0);
            // between a controller's death and the next election there is none: "none became the controller" misleads
            case CONTROLLER_CHANGED -> hasController(e)
                    ? new TimelineEntry(e.time(), broker(e.broker()), "became the controller",
                            e.oldBroker() == null || e.oldBroker() < 0 ? "" : "was " + broker(e.oldBroker()),
                            TimelineEntry.Tone.NEUTRAL, 0)
                    : new TimelineEntry(e.time(), "cluster", "no controller",
                            e.oldBroker() == null ? "" : "was " + broker(e.oldBroker()), TimelineEntry.Tone.BAD, 0);
            case BROKER_UP -> new TimelineEntry(e.time(), broker(e.broker()), "registered", "", TimelineEntry.Tone.GOOD, 0);
            case BROKER_DOWN -> new TimelineEntry(e.time(), broker(e.broker()), "left the cluster",
                    "", TimelineEntry.Tone.BAD, 0);
            case ZOOKEEPER_ROLE_CHANGED -> new TimelineEntry(e.time(), e.node(), "ZooKeeper role: " + e.role(),
                    e.oldRole() == null ? "" : "was " + e.oldRole(), TimelineEntry.Tone.NEUTRAL, 0);
            // quorum_lost also stands for the fraction of a second a majority spends electing a new leader
            case QUORUM_LOST -> e.isElection()
                    ? new TimelineEntry(e.time(), "ZooKeeper", "no quorum leader: electing one ("
                            + e.detail().substring(ClusterEvent.ELECTING.length()) + ")", "", TimelineEntry.Tone.BAD, 0)
                    : new TimelineEntry(e.time(), "ZooKeeper", "quorum lost",
                            e.detail() == null ? "" : e.detail() + ": fewer than a majority", TimelineEntry.Tone.BAD, 0);
            // the launcher tells a fresh ensemble's first quorum from one regained after a loss
            case QUORUM_REGAINED -> new TimelineEntry(e.time(), "ZooKeeper",
                    e.isQuorumFormed() ? "quorum formed" : "quorum regained", "", TimelineEntry.Tone.GOOD, 0);
            // the app's own reading of the cluster, worded for users: what they see stops following the cluster
            case ZOOKEEPER_UNREACHABLE, CLUSTER_UNREACHABLE -> new TimelineEntry(e.time(), metadataSource(e),
                    "cluster metadata unreadable", join(e.detail() == null ? "" : e.detail(),
                    "leaders and ISRs shown may be old until the app reconnects"), TimelineEntry.Tone.BAD, 0);
            case ZOOKEEPER_RECONNECTED, CLUSTER_RECONNECTED -> new TimelineEntry(e.time(), metadataSource(e),
                    "cluster metadata readable again", "", TimelineEntry.Tone.GOOD, 0);
            case TOPIC_CREATED -> new TimelineEntry(e.time(), e.topic(), "topic created", "", TimelineEntry.Tone.NEUTRAL, 0);
            case TOPIC_DELETED -> new TimelineEntry(e.time(), e.topic(), "topic deleted", "", TimelineEntry.Tone.NEUTRAL, 0);
            // node starts, stops, kills and pauses come from the launcher's own events (with "ready after")
            case NODE_STARTED, NODE_STOPPED, NODE_KILLED, NODE_CRASHED, NODE_PAUSED, NODE_RESUMED -> null;
        };
    }

    private static String metadataSource(ClusterEvent e) {
        return e.type() == EventType.ZOOKEEPER_UNREACHABLE || e.type() == EventType.ZOOKEEPER_RECONNECTED
                ? "ZooKeeper" : "cluster metadata";
    }

    private static boolean hasController(ClusterEvent e) {
        return e.broker() != null && e.broker() >= 0;
    }

    private static String broker(Integer id) {
        return id == null || id < 0 ? "none" : "broker-" + id;
    }

    private static String ids(List<Integer> ids) {
        return ids == null ? "[]" : ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }

    static List<TimelineEntry> describe(NodeStatus previous, NodeStatus current, NodeEvent event) {
        List<TimelineEntry> out = new ArrayList<>();
        String node = current.name();
        if (previous.state() != current.state()) {
            String took = tookFrom(previous, current);
            TimelineEntry.Tone tone = switch (current.state()) {
                case CRASHED -> TimelineEntry.Tone.BAD;
                case RUNNING -> TimelineEntry.Tone.GOOD;
                case PAUSED -> TimelineEntry.Tone.BAD;
                default -> TimelineEntry.Tone.NEUTRAL;
            };
            String what = switch (current.state()) {
                // a kill through the launcher is reported as a stop with its reason (below)
                case CRASHED -> "crashed";
                case RUNNING -> previous.state() == NodeState.PAUSED ? "resumed" : "running";
                case STARTING -> "starting";
                case STOPPING -> "stopping";
                case STOPPED -> "stopped";
                case PAUSED -> "paused (hung)";
            };
            String detail = current.state() == NodeState.CRASHED ? current.exitReason().orElse("") : took;
            if (current.state() == NodeState.STOPPED && current.exitReason().isPresent()) {
                // the launcher reports a kill as a stop with its reason
                what = "killed";
                tone = TimelineEntry.Tone.BAD;
                detail = current.exitReason().get();
            }
            if (!current.state().isAlive() && previous.state().isAlive()) {
                // what went with it, which the lines that follow (an election, a new controller) are about
                detail = join(detail, previous.controller() ? "it was the controller"
                        : previous.role().filter("leader"::equals).isPresent() ? "it led the ZooKeeper quorum" : "");
            }
            out.add(new TimelineEntry(event.at(), node, what, detail, tone, 0));
        }
        // controller and ZooKeeper role changes come from the state watcher (acceptCluster), once each
        return out;
    }

    /** How long a start took to be ready, or a graceful stop to end; empty for other changes. */
    private static String tookFrom(NodeStatus previous, NodeStatus current) {
        if (previous.since() == null || current.since() == null) {
            return "";
        }
        String seconds = seconds(Duration.between(previous.since(), current.since()));
        if (previous.state() == NodeState.STARTING && current.state() == NodeState.RUNNING) {
            return "ready after " + seconds;
        }
        return previous.state() == NodeState.STOPPING && current.state() == NodeState.STOPPED
                ? "stopped after " + seconds : "";
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** Whether events of Kafka's own topics (__consumer_offsets, ...) are listed; from the next batch on. */
    public void showInternalTopics(boolean show) {
        showInternalTopics = show;
    }

    /** Removes the lines; what the nodes did is still remembered, so effects still to come keep their cause. */
    public void clear() {
        entries.clear();
        partitionChanges.clear();
    }

    /** Newest first. */
    public ObservableList<TimelineEntry> entries() {
        return entries;
    }
}
