package io.brokerlab.launcher.cluster;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The lines Brokerlab writes into a node's log when it starts, stops, kills, pauses, resumes or restarts the node, or
 * sees a node it started end by itself: read later, the log says why the node's own lines stop or begin again, e.g.
 * {@code === brokerlab: killed broker-2 (SIGKILL) at [2026-12-07 14:18:36,318] ===}. The time is written as Kafka's
 * and ZooKeeper's lines write theirs (log4j's {@code [%d]}: local time, milliseconds after a comma), so the marks
 * read in order among them.
 *
 * <p>The node writes to the same file meanwhile. Both append (the node's output is redirected in append mode) and a
 * mark is one write of one whole line, so neither overwrites the other. A mark never fails the action it records: one
 * that cannot be written is logged and left out. Marks name nodes, signals, durations and exit statuses only.
 */
final class NodeLogMarks {

    static final String PREFIX = "=== brokerlab: ";
    private static final String STARTING_EVENT = "starting ";
    /** Opens each start's lines: the lines after the last one are that start's. */
    static final String STARTING = PREFIX + STARTING_EVENT;
    private static final String SUFFIX = " ===";
    private static final DateTimeFormatter KAFKA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS",
            Locale.ROOT);
    private static final System.Logger LOG = System.getLogger(NodeLogMarks.class.getName());

    private final Workspace workspace;
    private final Clock clock;

    NodeLogMarks(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    void starting(NodeId node) {
        write(node, STARTING_EVENT + node, now());
    }

    void restarting(NodeId node) {
        write(node, "restarting " + node, now());
    }

    /** @return when the stop was requested, to tell how long it took */
    Instant stopRequested(NodeId node, boolean paused) {
        Instant at = now();
        write(node, "stop requested for " + node + (paused ? " (paused: resumed first to let it stop)" : ""), at);
        return at;
    }

    /** @param forcedAfter how long it was given before it was killed, or null if it stopped within that time */
    void stopped(NodeId node, Instant requested, Duration forcedAfter) {
        Instant at = now();
        String took = seconds(Duration.between(requested, at));
        write(node, forcedAfter == null ? node + " stopped after " + took
                : node + " stopped after " + took + ": not stopped within " + forcedAfter.toSeconds()
                        + " s, so killed (SIGKILL)", at);
    }

    /** Written once the node is gone, so nothing it wrote follows; {@code at} is when the signal was sent. */
    void killed(NodeId node, Instant at) {
        write(node, "killed " + node + " (SIGKILL)", at);
    }

    /** Written after the signal: a paused node writes nothing more. */
    void paused(NodeId node) {
        write(node, "paused " + node + " (SIGSTOP)", now());
    }

    /** Written before the signal: a node resumed at once writes what it held back, which belongs after this. */
    void resuming(NodeId node) {
        write(node, "resuming " + node + " (SIGCONT)", now());
    }

    /** {@code why} names the node already: "broker-2 did not start: exited with status 1: …". */
    void startFailed(NodeId node, String why) {
        write(node, why, now());
    }

    void endedUnexpectedly(NodeId node, int exitStatus) {
        write(node, node + " ended unexpectedly: " + ExitReasons.describe(OptionalInt.of(exitStatus), List.of()),
                now());
    }

    /** One whole line, without the line separator. */
    static String line(String event, Instant at, ZoneId zone) {
        return PREFIX + event + " at [" + KAFKA_TIME.format(at.atZone(zone)) + "]" + SUFFIX;
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private void write(NodeId node, String event, Instant at) {
        Path log = workspace.logFile(node);
        byte[] line = (line(event, at, clock.getZone()) + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(log, line, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot mark \"" + event + "\" in the log of " + node + ": " + e);
        }
    }
}
