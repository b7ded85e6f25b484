package io.brokerlab.launcher.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Nodes run below normal CPU priority ({@code nice 10}) on Linux and macOS. A lab cluster on a laptop wants more
 * CPU than there is while it starts or carries a load; the window, the terminal and the user's own clients should
 * get it first, or the app stutters exactly when a demo gets interesting. With nothing else running, a niced node
 * is as fast as any other. {@code nice} execs the JVM in place, so the pid the launcher records is the node's.
 */
final class NodePriority {

    static final int NICENESS = 10;

    private static final List<Path> NICE = List.of(Path.of("/usr/bin/nice"), Path.of("/bin/nice"));

    private NodePriority() {
    }

    /** What goes before the java command: {@code nice -n 10}, or nothing on Windows or without a nice binary. */
    static List<String> commandPrefix() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return List.of();
        }
        return NICE.stream().filter(Files::isExecutable).findFirst()
                .map(nice -> List.of(nice.toString(), "-n", Integer.toString(NICENESS)))
                .orElse(List.of());
    }
}
