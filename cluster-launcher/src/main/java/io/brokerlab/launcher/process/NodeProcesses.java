package io.brokerlab.launcher.process;

import java.time.Instant;
import java.util.Optional;

/**
 * Finds the live process behind a run record. A pid alone is never trusted: the OS reuses
 * them, so the process must also have started when the record says and run our node main.
 */
public final class NodeProcesses {

    static final String MAIN_CLASS = "io.brokerlab.runtime.NodeMain";
    /** Start times come from clock ticks; allow their granularity. */
    private static final long START_TOLERANCE_MS = 1000;

    private NodeProcesses() {
    }

    public static Optional<ProcessHandle> live(RunRecord record) {
        return ProcessHandle.of(record.pid())
                .filter(ProcessHandle::isAlive)
                .filter(handle -> isOurs(handle, record));
    }

    static boolean isOurs(ProcessHandle handle, RunRecord record) {
        ProcessHandle.Info info = handle.info();
        Optional<Instant> start = info.startInstant();
        if (start.isPresent() && Math.abs(start.get().toEpochMilli() - record.processStart()) > START_TOLERANCE_MS) {
            return false;
        }
        // Where the OS hides other processes' arguments the start time alone must do.
        return info.commandLine().or(info::arguments).map(Object::toString)
                .map(cmd -> cmd.contains(MAIN_CLASS))
                .orElse(start.isPresent());
    }

    public static long startMillis(ProcessHandle handle) {
        return handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
