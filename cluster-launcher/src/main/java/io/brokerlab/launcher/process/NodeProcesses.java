package io.brokerlab.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
     * more and holds no port: a kill would be told that late.
     */
    public static boolean running(ProcessHandle handle) {
        return handle.isAlive() && !ended(handle.pid());
    }

    /** Linux tells a zombie (Z) or a dying process (X) by its stat's state, the field after the command name. */
    static boolean ended(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int afterName = stat.lastIndexOf(')') + 2;
            return afterName > 1 && afterName < stat.length() && "ZX".indexOf(stat.charAt(afterName)) >= 0;
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
