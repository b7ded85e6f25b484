package io.brokerlab.launcher.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Nodes run at the lowest CPU priority ({@code nice 19}) on Linux and macOS. A lab cluster on a laptop wants more
 * CPU than there is while it starts or carries a load; the window, the terminal and the user's own clients should
 * get it first, or the app stutters exactly when a demo gets interesting. With nothing else running, a niced node
 * is as fast as any other. At {@code nice 10} the app's UI threads still waited for a CPU behind busy broker
 * threads for tens of milliseconds at a time (docs/PERFORMANCE.md). A node's own housekeeping (ZooKeeper
 * heartbeats) needs little CPU, and even at 19 it gets a share of it every scheduling period.
 * {@code nice} execs the JVM in place, so the pid the launcher records is the node's.
 */
final class NodePriority {

    static final int NICENESS = 19;

    private static final List<Path> NICE = List.of(Path.of("/usr/bin/nice"), Path.of("/bin/nice"));

    private NodePriority() {
    }

    /** What goes before the java command: {@code nice -n 19}, or nothing on Windows or without a nice binary. */
    static List<String> commandPrefix() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return List.of();
        }
        return NICE.stream().filter(Files::isExecutable).findFirst()
                .map(nice -> List.of(nice.toString(), "-n", Integer.toString(NICENESS)))
                .orElse(List.of());
    }
}
