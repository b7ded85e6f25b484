package io.brokerlab.app.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which events the charts mark, and how: no toolkit. */
class EventMarkersTest {

    private static final long T0 = 1_796_000_000_000L;

    private final EventMarkers markers = new EventMarkers();

    @Test
    void killsCrashesStartsPausesAndStopsAreMarkedAsTheTimelineWordsThem() {
        NodeId b2 = NodeId.broker(2);
        markers.nodeEvents(List.of(
                change(0, b2, NodeState.RUNNING, NodeState.STOPPED, "killed (SIGKILL)"),
                // asked to start: its lines come back only once it is ready
                change(5, b2, NodeState.STOPPED, NodeState.STARTING, null),
                change(10, b2, NodeState.STARTING, NodeState.RUNNING, null),
                change(15, b2, NodeState.RUNNING, NodeState.PAUSED, null),
                change(20, b2, NodeState.PAUSED, NodeState.RUNNING, null),
                // a graceful stop is marked when asked for, not again when it ends
                change(25, b2, NodeState.RUNNING, NodeState.STOPPING, null),
                change(30, b2, NodeState.STOPPING, NodeState.STOPPED, null),
                change(35, NodeId.zookeeper(1), NodeState.RUNNING, NodeState.CRASHED, "exited with status 1"),
                // stopped without the app asking (another process, say)
                change(40, NodeId.broker(3), NodeState.RUNNING, NodeState.STOPPED, null),
                // a new pid or role, no new state: nothing a chart shows
                change(45, NodeId.broker(1), NodeState.RUNNING, NodeState.RUNNING, null)));

        assertThat(markers.between(T0, T0 + 60_000))
                .extracting(EventMarker::atMillis, EventMarker::label, EventMarker::tone)
                .containsExactly(
                        tuple(T0, "broker-2 killed", EventMarker.Tone.DANGER),
                        tuple(T0 + 10_000, "broker-2 started", EventMarker.Tone.SUCCESS),
                        tuple(T0 + 15_000, "broker-2 paused", EventMarker.Tone.MUTED),
                        tuple(T0 + 20_000, "broker-2 resumed", EventMarker.Tone.MUTED),
                        tuple(T0 + 25_000, "broker-2 stopping", EventMarker.Tone.MUTED),
                        tuple(T0 + 35_000, "zk-1 crashed", EventMarker.Tone.DANGER),
                        tuple(T0 + 40_000, "broker-3 stopped", EventMarker.Tone.MUTED));
    }

    @Test
    void controllerChangesAreMarkedAndOtherClusterEventsAreNot() {
        markers.clusterEvents(List.of(
                clusterEvent(2, EventType.CONTROLLER_CHANGED, -1, 2),
                clusterEvent(4, EventType.CONTROLLER_CHANGED, 1, -1),
                clusterEvent(6, EventType.BROKER_DOWN, 2, null),
                clusterEvent(8, EventType.LEADER_CHANGED, null, null)));

        assertThat(markers.between(T0, T0 + 60_000)).extracting(EventMarker::label, EventMarker::tone).containsExactly(
                tuple("controller lost", EventMarker.Tone.MUTED),
                tuple("broker-1 now controller", EventMarker.Tone.MUTED));
    }

    @Test
    void eventsWithinASecondAreOneMarkerSayingThemAllItsToneTheMostSevere() {
        markers.nodeEvents(List.of(
                change(0, NodeId.broker(1), NodeState.RUNNING, NodeState.STOPPING, null),
                change(0.3, NodeId.broker(2), NodeState.RUNNING, NodeState.STOPPING, null),
                change(0.6, NodeId.broker(3), NodeState.RUNNING, NodeState.STOPPED, "killed (SIGKILL)")));
        // from the other feed, in its own batch and a little late: still put in its place
        markers.clusterEvents(List.of(clusterEvent(0.9, EventType.CONTROLLER_CHANGED, 1, 3)));
        markers.nodeEvents(List.of(change(1.0, NodeId.broker(1), NodeState.STOPPING, NodeState.STOPPED, null),
                change(1.5, NodeId.zookeeper(1), NodeState.RUNNING, NodeState.STOPPING, null)));

        List<EventMarker> shown = markers.between(T0, T0 + 60_000);
        assertThat(shown).extracting(EventMarker::atMillis, EventMarker::label, EventMarker::tone).containsExactly(
                tuple(T0, "broker-1, broker-2 stopping · broker-3 killed · broker-1 now controller",
                        EventMarker.Tone.DANGER),
                tuple(T0 + 1500, "zk-1 stopping", EventMarker.Tone.MUTED));
        assertThat(shown.get(0).detail())
                .isEqualTo("broker-1 stopping\nbroker-2 stopping\nbroker-3 killed\nbroker-1 now controller");
    }

    @Test
    void manyNodesDoingOneThingAreCountedPastThree() {
        markers.nodeEvents(List.of(
                change(0, NodeId.broker(1), NodeState.STARTING, NodeState.RUNNING, null),
                change(0.1, NodeId.broker(2), NodeState.STARTING, NodeState.RUNNING, null),
                change(0.2, NodeId.broker(3), NodeState.STARTING, NodeState.RUNNING, null),
                change(0.3, NodeId.broker(4), NodeState.STARTING, NodeState.RUNNING, null),
                change(0.4, NodeId.broker(5), NodeState.STARTING, NodeState.RUNNING, null)));

        EventMarker marker = markers.between(T0, T0 + 1000).get(0);
        assertThat(marker.label()).isEqualTo("broker-1, broker-2, broker-3 +2 started");
        assertThat(marker.detail().lines()).hasSize(5).contains("broker-5 started");
    }

    @Test
    void onlyTheMarkersOfTheStretchShownAreGivenAndNoneOlderThanTheLongestSpanIsKept() {
        markers.nodeEvents(List.of(change(0, NodeId.broker(1), NodeState.RUNNING, NodeState.STOPPED, "killed"),
                change(100, NodeId.broker(1), NodeState.STARTING, NodeState.RUNNING, null)));

        assertThat(markers.between(T0 + 1, T0 + 200_000)).extracting(EventMarker::label)
                .as("the kill scrolled out").containsExactly("broker-1 started");
        assertThat(markers.between(T0 - 60_000, T0 + 99_999)).extracting(EventMarker::label)
                .as("the start not yet in").containsExactly("broker-1 killed");

        // a quarter of an hour after it, the kill is past every span: forgotten
        markers.nodeEvents(List.of(change(EventMarkers.KEPT_MILLIS / 1000.0 + 0.001, NodeId.broker(2),
                NodeState.RUNNING, NodeState.PAUSED, null)));
        assertThat(markers.between(0, Long.MAX_VALUE)).extracting(EventMarker::label)
                .containsExactly("broker-1 started", "broker-2 paused");

        markers.clear();
        assertThat(markers.between(0, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void aStormOfEventsKeepsOnlyTheNewest() {
        List<NodeEvent> storm = new java.util.ArrayList<>();
        for (int i = 0; i < EventMarkers.MAX_EVENTS + 10; i++) {
            storm.add(change(i * 0.5, NodeId.broker(1), i % 2 == 0 ? NodeState.PAUSED : NodeState.RUNNING,
                    i % 2 == 0 ? NodeState.RUNNING : NodeState.PAUSED, null));
        }
        markers.nodeEvents(storm);
        List<EventMarker> kept = markers.between(0, Long.MAX_VALUE);
        assertThat(kept.stream().mapToLong(m -> m.detail().lines().count()).sum()).isEqualTo(EventMarkers.MAX_EVENTS);
        assertThat(kept.get(0).atMillis()).as("the oldest ten dropped").isEqualTo(T0 + 10 * 500L);
    }

    @Test
    void clearingTheSamplesForAnotherClusterClearsItsMarkersToo() {
        ChartsViewModel model = new ChartsViewModel(Runnable::run, () -> T0);
        model.markers().nodeEvents(List.of(change(0, NodeId.broker(1), NodeState.RUNNING, NodeState.PAUSED, null)));
        model.use(null);
        assertThat(model.markers().between(0, Long.MAX_VALUE)).isEmpty();
    }

    private static NodeEvent change(double second, NodeId node, NodeState was, NodeState now, String exitReason) {
        return NodeEvents.change(T0 + Math.round(second * 1000), node, was, now, exitReason);
    }

    private static ClusterEvent clusterEvent(double second, EventType type, Integer broker, Integer oldBroker) {
        return new ClusterEvent(Instant.ofEpochMilli(T0 + Math.round(second * 1000)), type, null, null, broker,
                oldBroker, null, null, null, null, null, null, null, null);
    }
}
