package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.process.LaunchedSettings;
import io.brokerlab.launcher.process.NodeProcesses;
import io.brokerlab.launcher.process.RunRecords;
import io.brokerlab.launcher.workspace.Workspace;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/** The launches of the processes that run nodes now: after its launch a node reads its file no more. */
interface Launches {

    /**
     * @param at       when the process was launched
     * @param settings the values its file held then; null where not known
     */
    record Launch(Instant at, Properties settings) {
    }

    /** Empty while no process runs {@code node}. Background thread: it reads files and asks the OS. */
    Optional<Launch> current(Workspace workspace, NodeId node);

    /**
     * From the run record and the copy of the file the launcher writes as it launches a node, whoever launched it
     * (this app, another, the CLI), so the answer outlives the app. A record whose process is gone, or whose pid
     * another program has now, names no running node. The launch time rather than the OS's process start: that is
     * told in clock ticks from a boot time rounded to the second, up to a second early, while the launch time is
     * taken when the process is there and before its JVM has read anything.
     */
    static Launches fromRunRecords() {
        return (workspace, node) -> new RunRecords(workspace).read(node)
                .filter(run -> NodeProcesses.live(run).isPresent())
                .map(run -> new Launch(
                        Instant.ofEpochMilli(run.launchedAt() > 0 ? run.launchedAt() : run.processStart()),
                        new LaunchedSettings(workspace).read(node).orElse(null)));
    }
}
