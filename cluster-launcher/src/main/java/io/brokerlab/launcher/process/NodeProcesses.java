package io.brokerlab.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finds the live process behind a run record. A pid alone is never trusted: the OS reuses
 * them, so the process must also have started when the record says and run our node main.
 */
public final class NodeProcesses {

    static final String MAIN_CLASS = "io.brokerlab.runtime.NodeMain";
    /** Placed first on the command line: some OSes report only its first few kilobytes. */
    static final String NODE_MARKER = "-Dbrokerlab.node=";
    /** Start times come from clock ticks; allow their granularity. */
    private static final long START_TOLERANCE_MS = 1000;

    private NodeProcesses() {
    }

    public static Optional<ProcessHandle> live(RunRecord record) {
        return ProcessHandle.of(record.pid())
                .filter(NodeProcesses::running)
                .filter(handle -> isOurs(handle, record));
    }

    /**
     * Alive and not a zombie. A node whose launcher has exited (the CLI's {@code up}) is its init's child once it
     * ends; until init reaps it, a second or more on some systems, the OS still calls it alive, though it runs no
     * more and holds no port: a kill would be told that late. A child of this JVM is reaped by it at once, so its
     * end is awaited as such.
     */
    public static boolean running(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return false;
        }
        boolean ours = handle.parent().map(parent -> parent.pid() == ProcessHandle.current().pid()).orElse(false);
        return ours || !ended(handle.pid());
    }

    /**
     * Linux tells an ended process by its status: a zombie (Z) or dying (X) main thread, and no other thread left. A
     * JVM's main thread may end before its other threads do, which still hold its ports until they end too.
     */
    static boolean ended(long pid) {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
            boolean dead = status.stream().anyMatch(line -> line.startsWith("State:")
                    && (line.contains("Z (") || line.contains("X (")));
            boolean lastThread = status.stream().anyMatch(line -> line.matches("Threads:\\s+1"));
            return dead && lastThread;
        } catch (IOException | UncheckedIOException e) {
            // no /proc (macOS, Windows), or the process is gone: isAlive has the answer
            return false;
        }
    }

    static boolean isOurs(ProcessHandle handle, RunRecord record) {
        ProcessHandle.Info info = handle.info();
        Optional<Instant> start = info.startInstant();
        if (start.isPresent() && Math.abs(start.get().toEpochMilli() - record.processStart()) > START_TOLERANCE_MS) {
            return false;
        }
        // Where the OS hides other processes' arguments the start time alone must do.
        return info.commandLine().or(() -> info.arguments().map(args -> String.join(" ", args)))
                .map(cmd -> cmd.contains(NODE_MARKER + record.node() + " ") || cmd.endsWith(NODE_MARKER + record.node()))
                .orElse(start.isPresent());
    }

    public static long startMillis(ProcessHandle handle) {
        return handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
