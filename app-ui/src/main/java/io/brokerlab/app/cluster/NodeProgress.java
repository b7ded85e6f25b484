package io.brokerlab.app.cluster;

import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How far one node's start or stop has got, for its card's bar: a step of its life cycle (launched, process up, agent
 * answering, running), never less than the step shown before in the same start or stop. An indeterminate bar's
 * animation read as progress going backwards, and so would a snapshot that has not the agent's answer again.
 * FX thread; no toolkit needed.
 */
final class NodeProgress {

    private enum Phase { NONE, ASKED, STARTING, STOPPING }

    private final SimpleBooleanProperty shown = new SimpleBooleanProperty();
    private final DoubleProperty fraction = new SimpleDoubleProperty();
    private Phase phase = Phase.NONE;

    /** The node as last seen; {@code busy}: an action on it is in flight. */
    void update(NodeStatus status, boolean busy) {
        Phase now = phaseOf(status, busy);
        if (now != phase) {
            phase = now;
            fraction.set(0);
        }
        shown.set(phase != Phase.NONE);
        fraction.set(phase == Phase.NONE ? 0 : Math.max(fraction.get(), step(status)));
    }

    private Phase phaseOf(NodeStatus status, boolean busy) {
        NodeState state = status.state();
        if (state == NodeState.STARTING) {
            return Phase.STARTING;
        }
        if (state == NodeState.STOPPING || phase == Phase.STOPPING && busy) {
            return Phase.STOPPING;
        }
        // asked, and nothing to see yet: the phase it leads to starts the bar from empty
        return busy ? (phase == Phase.NONE ? Phase.ASKED : phase) : Phase.NONE;
    }

    private double step(NodeStatus status) {
        if (phase == Phase.STOPPING) {
            return status.state().isAlive() ? 0.5 : 1;
        }
        if (phase != Phase.STARTING) {
            return 0;
        }
        if (status.state() == NodeState.RUNNING) {
            // a restart's action not yet over
            return 1;
        }
        if (status.heapUsedBytes().isPresent()) {
            return 0.65;
        }
        return status.pid().isPresent() ? 0.4 : 0.1;
    }

    /** True while a start, a stop or an action on the node is under way. */
    ReadOnlyBooleanProperty shownProperty() {
        return shown;
    }

    /** 0 to 1, only growing while shown. */
    ReadOnlyDoubleProperty fractionProperty() {
        return fraction;
    }
}
