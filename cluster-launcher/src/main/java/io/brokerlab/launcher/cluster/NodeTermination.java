package io.brokerlab.launcher.cluster;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.process.AgentClient;
import io.brokerlab.launcher.process.ClassDataSharing;
import io.brokerlab.launcher.process.NodeProcesses;
import io.brokerlab.launcher.process.RunRecord;
import io.brokerlab.launcher.process.RunRecords;
import io.brokerlab.launcher.process.Signals;
import io.brokerlab.launcher.workspace.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops one node: graceful first, then a bounded wait, then forcibly, as a careful operator would. */
final class NodeTermination {

    /** A broker's controlled shutdown moves its leaderships first; it may retry once. */
    private static final Duration BROKER_STOP_TIMEOUT = Duration.ofSeconds(45);
    private static final Duration ZOOKEEPER_STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration FORCED_EXIT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration EXIT_POLL = Duration.ofMillis(20);
    /**
     * A node training the class-data archive writes it after it shut down: seconds, a minute on a busy machine.
     * Forced off meanwhile, it would leave no archive, and every first stop would train (and wait) again.
     */
    private static final Duration ARCHIVE_WRITE_ALLOWANCE = Duration.ofSeconds(60);

    private final Workspace workspace;
    private final RunRecords records;
    private final AgentClient agents;
    private final NodeLogMarks marks;

    NodeTermination(Workspace workspace, RunRecords records, AgentClient agents, NodeLogMarks marks) {
        this.workspace = workspace;
        this.records = records;
        this.agents = agents;
        this.marks = marks;
    }

    /**
     * @param marked runs once the record says "stopping", before the node is asked: a broker's controlled shutdown
     *               moves its leaders within milliseconds, and watchers must hear of the stop before they see that
     */
    void stop(NodeId node, RunRecord run, ProcessHandle process, Runnable marked) {
        // first: a paused node resumed writes what it held back, which comes after the request
        Instant requested = marks.stopRequested(node, run.paused());
        if (run.paused()) {
            Signals.resume(run.pid());
        }
        // a kill that came first keeps its mark: the node ends killed, not stopped
        records.update(node, run, r -> NodeStatusReader.ENDING_KILLED.equals(r.ending()) ? r.withPaused(false)
                : r.withPaused(false).withEnding(NodeStatusReader.ENDING_STOPPING));
        marked.run();
        // The agent path works everywhere; on Windows destroy() would be forcible.
        if (!agents.requestShutdown(run.agentPort(), workspace.secret())) {
            process.destroy();
        }
        Duration timeout = stopTimeout(node.kind(),
                process.info().arguments().map(List::of).map(ClassDataSharing::trains).orElse(false));
        Duration forcedAfter = null;
        if (!awaitExit(process, timeout)) {
            process.destroyForcibly();
            forcedAfter = timeout;
            awaitExit(process, FORCED_EXIT_TIMEOUT);
        }
        // a kill during the stop (the button for a stop that hangs) is what the node's status should say, and its
        // log: that kill marks it
        boolean stoppedHere = records.deleteIf(node, run, r -> NodeStatusReader.ENDING_KILLED.equals(r.ending()));
        if (stoppedHere && !NodeProcesses.running(process)) {
            marks.stopped(node, requested, forcedAfter);
        }
    }

    static Duration stopTimeout(NodeKind kind, boolean trains) {
        Duration stop = kind == NodeKind.BROKER ? BROKER_STOP_TIMEOUT : ZOOKEEPER_STOP_TIMEOUT;
        return trains ? stop.plus(ARCHIVE_WRITE_ALLOWANCE) : stop;
    }

    /** Ended: reaped, or a zombie (see {@link NodeProcesses#running}), which onExit alone would wait out. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (NodeProcesses.running(process)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                exit.get(Math.min(left, EXIT_POLL.toNanos()), TimeUnit.NANOSECONDS);
                return true;
            } catch (TimeoutException e) {
                // still running, or ended and not reaped: asked again above
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                return !NodeProcesses.running(process);
            }
        }
        return true;
    }
}
