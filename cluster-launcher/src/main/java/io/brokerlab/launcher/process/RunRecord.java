package io.brokerlab.launcher.process;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the launcher wrote when it started a node: enough to find the process again from any
 * later launcher, and to recognise a pid that was reused by another program.
 *
 * @param processStart the process's start time (epoch ms) as the OS reports it
 * @param ending       why the launcher itself is ending the node ("stopping", "killed"), or null
 * @param readyAt      when the node was first seen ready (epoch ms), 0 before: a ready node that stops serving for
 *                     a while (a ZooKeeper re-electing) is a running node, not a starting one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunRecord(String node, long pid, long processStart, long launchedAt, int port, int agentPort,
                        boolean paused, String ending, long readyAt) {

    public RunRecord withPaused(boolean value) {
        return new RunRecord(node, pid, processStart, launchedAt, port, agentPort, value, ending, readyAt);
    }

    public RunRecord withEnding(String value) {
        return new RunRecord(node, pid, processStart, launchedAt, port, agentPort, paused, value, readyAt);
    }

    /** Keeps the first time: later calls change nothing. */
    public RunRecord withReadyAt(long epochMillis) {
        return wasReady() ? this
                : new RunRecord(node, pid, processStart, launchedAt, port, agentPort, paused, ending, epochMillis);
    }

    public boolean wasReady() {
        return readyAt > 0;
    }

    /** Whether both records describe the same process (pause, resume and endings change a record, not its run). */
    public boolean sameRunAs(RunRecord other) {
        return pid == other.pid && processStart == other.processStart;
    }
}
