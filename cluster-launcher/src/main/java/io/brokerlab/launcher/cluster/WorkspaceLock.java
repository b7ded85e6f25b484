package io.brokerlab.launcher.cluster;

import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises process-changing commands on one workspace across threads and processes: the app
 * and a CLI in a terminal must not both start broker-1. A file lock guards other processes; it
 * is held per JVM, so a reentrant lock guards this one and lets a command nest another. A kill
 * takes no part: it must not wait seconds behind a start or a stop (see {@code ProcessCluster#kill}).
 */
final class WorkspaceLock {

    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private WorkspaceLock() {
    }

    static <T> T with(Workspace workspace, Supplier<T> action) {
        Path file = workspace.dir().toAbsolutePath().normalize().resolve("run").resolve(".lock");
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try {
            if (local.getHoldCount() > 1) {
                return action.get();
            }
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return action.get();
            }
        } catch (IOException e) {
            throw new ClusterException("cannot lock " + file + ": " + e.getMessage(), e);
        } finally {
            local.unlock();
        }
    }
}
