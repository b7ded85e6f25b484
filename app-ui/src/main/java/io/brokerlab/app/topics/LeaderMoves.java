package io.brokerlab.app.topics;

import io.brokerlab.app.UserAction;
import io.brokerlab.launcher.admin.ElectionResult;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.admin.TopicService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Moving partition leadership: a topic-wide preferred election, and one partition's leader moved to another live
 * in-sync replica. A move that cannot work is refused before any broker is asked, with what to do instead. FX thread.
 */
final class LeaderMoves {

    private final ShownTopics shown;
    private final ActionRunner actions;
    /**
     * Why no leader moves now: the controller writes a move to ZooKeeper. Sent anyway, it waited, timed out ("the
     * cluster did not answer") and then took effect once the quorum was back, minutes after it was said to have failed.
     */
    static final String NO_QUORUM = "The ZooKeepers have no quorum: the controller moves no leader until a majority of"
            + " them runs again (Cluster view)";

    private Consumer<UserAction> sent = action -> { };

    LeaderMoves(ShownTopics shown, ActionRunner actions) {
        this.shown = shown;
        this.actions = actions;
    }

    /** Told of each election or move sent to the cluster (not of those refused before), when it is sent. */
    void onAsked(Consumer<UserAction> listener) {
        sent = listener;
    }

    /** Only what will be sent: with no cluster shown the runner refuses it. */
    private void announce(UserAction action) {
        if (shown.source() != null) {
            sent.accept(action);
        }
    }

    /**
     * Moves every partition it can back to its preferred replica; those whose preferred replica is down or behind stay
     * as they are and are named with the reason, in the error style (not a dialog: the others did move). A partition
     * whose preferred replica's broker is down is not even asked for: ZooKeeper still registers a killed broker for a
     * few seconds, and Kafka would make it the leader of a partition nobody can then reach.
     */
    CompletableFuture<ElectionResult> electPreferredLeaders(String name) {
        String doing = "Elect the preferred leaders of " + name;
        TopicInfo t = shown.topic(name);
        if (t == null) {
            return actions.refuse(doing, "no topic " + name + " is shown; Refresh, then try again");
        }
        if (shown.quorumLostProperty().get()) {
            return actions.refuse(doing, NO_QUORUM);
        }
        Set<Integer> asked = new TreeSet<>();
        Map<Integer, String> down = new TreeMap<>();
        for (PartitionInfo p : t.partitions()) {
            int preferred = p.replicas().isEmpty() ? -1 : p.replicas().get(0);
            if (preferred >= 0 && !shown.liveBrokers().contains(preferred)) {
                down.put(p.partition(), TopicService.preferredReplicaDown(preferred));
            } else {
                asked.add(p.partition());
            }
        }
        if (!asked.isEmpty()) {
            announce(new UserAction(Instant.now(), name, OptionalInt.empty(), "preferred election asked",
                    "the election was asked"));
        }
        return actions.act(name, doing, s -> {
            ElectionResult elected = asked.isEmpty() ? new ElectionResult(List.of(), Map.of())
                    : s.tryElectPreferredLeaders(name, asked);
            Map<Integer, String> notMoved = new TreeMap<>(elected.notMoved());
            notMoved.putAll(down);
            return new ElectionResult(elected.moved(), notMoved);
        }, result -> {
            String sentence = result.describe(name);
            return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        }).thenApply(result -> {
            if (result != null && !result.notMoved().isEmpty()) {
                actions.markFailed(name);
            }
            return result;
        });
    }

    /** The replica list with {@code broker} first, the others in their order: the new preferred leader. */
    static List<Integer> leaderFirst(List<Integer> replicas, int broker) {
        List<Integer> out = new ArrayList<>();
        out.add(broker);
        replicas.stream().filter(r -> r != broker).forEach(out::add);
        return out;
    }

    /**
     * The brokers the leadership of {@code p} can move to: its live in-sync replicas other than the leader (a replica
     * of a killed broker stays in the ISR until ZooKeeper expires its session, so liveness is checked too). When
     * there is none, the status line says why, no dialog, and the list is empty. A down replica does not stop the
     * move: it reorders the same replicas, which Kafka completes at once even then.
     */
    List<Integer> offerLeaderMove(String name, PartitionInfo p) {
        Optional<String> why = whyLeaderCannotMove(name, p);
        if (why.isPresent()) {
            actions.refuse("Move the leader of " + name + "-" + p.partition(), why.get());
            return List.of();
        }
        return candidates(p);
    }

    private List<Integer> candidates(PartitionInfo p) {
        return p.isr().stream().filter(b -> b != p.leader() && shown.liveBrokers().contains(b)).toList();
    }

    private Optional<String> whyLeaderCannotMove(String name, PartitionInfo p) {
        if (shown.quorumLostProperty().get()) {
            return Optional.of(NO_QUORUM);
        }
        if (!candidates(p).isEmpty()) {
            return Optional.empty();
        }
        String partition = name + "-" + p.partition();
        if (p.replicas().size() == 1) {
            return Optional.of(partition + " has a single replica (on broker-" + p.replicas().get(0) + "), so no"
                    + " other broker can lead it; only a topic with a replication factor above 1 can move its leaders");
        }
        List<Integer> down = p.replicas().stream().filter(b -> b != p.leader() && !shown.liveBrokers().contains(b))
                .toList();
        return Optional.of("no other replica of " + partition + " is live and in sync (ISR " + p.isr()
                + (down.isEmpty() ? "" : ", down: " + down) + "); "
                + (down.isEmpty() ? "wait until one catches up" : "start " + down.stream().map(b -> "broker-" + b)
                        .collect(Collectors.joining(" or ")) + " and wait until it is back in sync"));
    }

    /**
     * Moves a partition's leadership to {@code broker}, one of its live in-sync replicas: reassigns the same replicas
     * with it first (it becomes the preferred leader; skipped when it already is), then runs a preferred election of
     * that partition alone (a topic-wide one would take every other partition moved this way back to its preferred
     * leader).
     */
    CompletableFuture<List<Integer>> moveLeadership(String name, int partition, int broker) {
        TopicInfo t = shown.topic(name);
        PartitionInfo p = t == null ? null : t.partitions().stream().filter(x -> x.partition() == partition)
                .findFirst().orElse(null);
        String doing = "Move the leader of " + name + "-" + partition + " to broker-" + broker;
        if (p == null) {
            return actions.refuse(doing, "No partition " + partition + " in " + name);
        }
        if (!p.replicas().contains(broker)) {
            return actions.refuse(doing, "broker-" + broker + " holds no replica of " + name + "-" + partition);
        }
        Optional<String> why = whyLeaderCannotMove(name, p);
        if (why.isPresent()) {
            return actions.refuse(doing, why.get());
        }
        if (!candidates(p).contains(broker)) {
            return actions.refuse(doing, "broker-" + broker + (shown.liveBrokers().contains(broker)
                    ? " is not in sync for " + name + "-" + partition : " is down") + "; it cannot lead");
        }
        List<Integer> replicas = leaderFirst(p.replicas(), broker);
        boolean alreadyPreferred = replicas.equals(p.replicas());
        announce(new UserAction(Instant.now(), name, OptionalInt.of(partition), "move to broker-" + broker + " asked",
                "the move was asked"));
        return actions.act(name, doing, s -> {
            if (!alreadyPreferred) {
                s.reassign(name, partition, replicas, Duration.ofSeconds(30));
            }
            return s.electPreferredLeaders(name, Set.of(partition));
        }, moved -> "Leader of " + name + "-" + partition + " moved to broker-" + broker + (alreadyPreferred
                // said, since a later "Preferred leaders" keeps the leader there instead of moving it back
                ? ", its preferred replica" : "; broker-" + broker + " is now its preferred replica (replicas "
                + replicas + ")"));
    }
}
