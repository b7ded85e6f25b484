package io.brokerlab.launcher.cluster;

import java.util.Locale;

/** Life-cycle state of one node as the launcher sees it. */
public enum NodeState {
    STARTING, RUNNING, STOPPING, STOPPED, PAUSED, CRASHED;

    /** The lower-case word used by the CLI and its JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAlive() {
        return this == STARTING || this == RUNNING || this == STOPPING || this == PAUSED;
    }
}
