package io.brokerlab.app.charts;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.EventType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The moments a failover demo turns on, as markers for the charts: a node killed, crashed, stopping, paused,
 * resumed or ready, and the controller changing. Read from the feeds the timeline reads too (the launcher's node
 * events, the state watcher's events), each batch once per pulse. Kept as long as the charts' longest span; events
 * less than {@link #TOGETHER_MILLIS} after the first of a run make one marker, whose label says them all. FX thread.
 */
public final class EventMarkers {

    /** Closer than this, two labels would be drawn on top of one another at any span: one label says both. */
    static final long TOGETHER_MILLIS = 1000;
    /** As long as the charts look back, counted from the newest event (the charts show only those in their span). */
    static final long KEPT_MILLIS = ChartsViewModel.WINDOW * ChartsViewModel.PERIOD_MILLIS;
    /** A script restarting nodes in a loop must not grow the list without end. */
    static final int MAX_EVENTS = 1_000;
    /** Nodes named in one part of a label; more are counted ("+6"), the detail names them all. */
    private static final int NAMED = 3;

    /** Oldest first. */
    private final List<Event> events = new ArrayList<>();

    /** One thing that happened to one node (or the controller): {@code who} {@code what}. */
    private record Event(long atMillis, String who, String what, EventMarker.Tone tone) {
        String sentence() {
            return who + " " + what;
        }
    }

    /** A batch of the launcher's node changes; those that are no marker (a start requested, a pid) are skipped. */
    public void nodeEvents(List<NodeEvent> batch) {
        add(batch.stream().map(EventMarkers::of).flatMap(Optional::stream).toList());
    }

    /** A batch of the state watcher's events: only controller changes are markers. */
    public void clusterEvents(List<ClusterEvent> batch) {
        add(batch.stream().filter(e -> e.type() == EventType.CONTROLLER_CHANGED).map(EventMarkers::controller)
                .toList());
    }

    /** Another cluster is shown: its events only. */
    public void clear() {
        events.clear();
    }

    /**
     * The markers from {@code fromMillis} to {@code toMillis}, oldest first. A run of events less than
     * {@link #TOGETHER_MILLIS} after its first is one marker at the first's time.
     */
    public List<EventMarker> between(long fromMillis, long toMillis) {
        List<EventMarker> markers = new ArrayList<>();
        List<Event> run = new ArrayList<>();
        for (Event event : events) {
            if (event.atMillis() < fromMillis || event.atMillis() > toMillis) {
                continue;
            }
            if (!run.isEmpty() && event.atMillis() - run.get(0).atMillis() >= TOGETHER_MILLIS) {
                markers.add(marker(run));
                run.clear();
            }
            run.add(event);
        }
        if (!run.isEmpty()) {
            markers.add(marker(run));
        }
        return markers;
    }

    private void add(List<Event> batch) {
        if (batch.isEmpty()) {
            return;
        }
        events.addAll(batch);
        // the two feeds come in their own batches: a controller change may be seen before a node event just older
        events.sort(Comparator.comparingLong(Event::atMillis));
        long oldest = events.get(events.size() - 1).atMillis() - KEPT_MILLIS;
        events.removeIf(e -> e.atMillis() < oldest);
        if (events.size() > MAX_EVENTS) {
            events.subList(0, events.size() - MAX_EVENTS).clear();
        }
    }

    /**
     * One label for the run: the nodes that did the same thing together ("broker-1, broker-2 stopping"), each thing
     * once, in the order they came.
     */
    private static EventMarker marker(List<Event> run) {
        Map<String, List<String>> whoDid = new LinkedHashMap<>();
        run.forEach(e -> whoDid.computeIfAbsent(e.what(), what -> new ArrayList<>()).add(e.who()));
        List<String> parts = whoDid.entrySet().stream().map(done -> named(done.getValue()) + " " + done.getKey())
                .toList();
        String detail = run.stream().map(Event::sentence).collect(Collectors.joining("\n"));
        EventMarker.Tone tone = run.stream().map(Event::tone).min(Comparator.naturalOrder()).orElseThrow();
        return new EventMarker(run.get(0).atMillis(), parts, detail, tone);
    }

    private static String named(List<String> who) {
        String first = String.join(", ", who.subList(0, Math.min(NAMED, who.size())));
        return who.size() > NAMED ? first + " +" + (who.size() - NAMED) : first;
    }

    /**
     * A node change as a marker, as the timeline words it: a kill is a stop with its reason; a graceful stop is
     * marked when asked for (the node's lines drop from then on: it is no longer running), not again when it ends;
     * a start when the node is ready, the moment its lines come back.
     */
    private static Optional<Event> of(NodeEvent event) {
        NodeState was = event.previous().state();
        NodeState now = event.current().state();
        if (was == now) {
            return Optional.empty();
        }
        String what = null;
        EventMarker.Tone tone = EventMarker.Tone.MUTED;
        switch (now) {
            case STOPPED -> {
                if (event.current().exitReason().isPresent()) {
                    what = "killed";
                    tone = EventMarker.Tone.DANGER;
                } else if (was != NodeState.STOPPING) {
                    what = "stopped";
                }
            }
            case CRASHED -> {
                what = "crashed";
                tone = EventMarker.Tone.DANGER;
            }
            case STOPPING -> what = "stopping";
            case PAUSED -> what = "paused";
            case RUNNING -> {
                what = was == NodeState.PAUSED ? "resumed" : "started";
                tone = was == NodeState.PAUSED ? EventMarker.Tone.MUTED : EventMarker.Tone.SUCCESS;
            }
            case STARTING -> {
                // asked to start: the marker comes when it is ready
            }
        }
        return what == null ? Optional.empty()
                : Optional.of(new Event(event.at().toEpochMilli(), event.current().name(), what, tone));
    }

    private static Event controller(ClusterEvent e) {
        long at = e.time().toEpochMilli();
        return e.broker() != null && e.broker() >= 0
                ? new Event(at, "broker-" + e.broker(), "now controller", EventMarker.Tone.MUTED)
                : new Event(at, "controller", "lost", EventMarker.Tone.MUTED);
    }
}
