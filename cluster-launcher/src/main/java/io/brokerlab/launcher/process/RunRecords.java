package io.brokerlab.launcher.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Reads and writes {@code run/<node>.json}; writes are atomic so a reader never sees half a record. Writers of one
 * node's record take turns, across threads and processes, so that {@link #update} can check and write as one step:
 * a kill runs beside a start or a stop of the same node and must not overwrite the record of a process it did not see.
 */
public final class RunRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A file lock is held per JVM: two threads of one JVM locking the same file would fail, so they queue here. */
    private static final Map<Path, Object> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Workspace workspace;

    public RunRecords(Workspace workspace) {
        this.workspace = workspace;
    }

    public Optional<RunRecord> read(NodeId node) {
        Path file = workspace.runRecordFile(node);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), RunRecord.class));
        } catch (IOException e) {
            // A torn or foreign file: treat as no record rather than trusting its pid.
            return Optional.empty();
        }
    }

    public void write(NodeId node, RunRecord record) {
        exclusive(node, () -> {
            writeNow(node, record);
            return null;
        });
    }

    /**
     * Applies {@code change} to the node's record if that still describes {@code run}'s process; the record written,
     * or empty if the record is gone or names another process by now.
     */
    public Optional<RunRecord> update(NodeId node, RunRecord run, UnaryOperator<RunRecord> change) {
        return exclusive(node, () -> read(node).filter(current -> current.sameRunAs(run)).map(current -> {
            RunRecord next = change.apply(current);
            writeNow(node, next);
            return next;
        }));
    }

    /**
     * Deletes the node's record if it still describes {@code run}'s process and {@code keep} does not hold for it;
     * true if deleted. A newer run's record, or one marked meanwhile (a kill), stays.
     */
    public boolean deleteIf(NodeId node, RunRecord run, Predicate<RunRecord> keep) {
        return exclusive(node, () -> {
            Optional<RunRecord> current = read(node).filter(r -> r.sameRunAs(run) && !keep.test(r));
            if (current.isEmpty()) {
                return false;
            }
            try {
                return Files.deleteIfExists(workspace.runRecordFile(node));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + workspace.runRecordFile(node), e);
            }
        });
    }

    public void delete(NodeId node) {
        exclusive(node, () -> {
            try {
                Files.deleteIfExists(workspace.runRecordFile(node));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + workspace.runRecordFile(node), e);
            }
            return null;
        });
    }

    private void writeNow(NodeId node, RunRecord record) {
        Path file = workspace.runRecordFile(node);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), node.name(), ".tmp");
            JSON.writeValue(temp.toFile(), record);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Held only for a read and a write of one small file, never while waiting for a process. */
    private <T> T exclusive(NodeId node, Supplier<T> action) {
        Path record = workspace.runRecordFile(node).toAbsolutePath().normalize();
        Path lockFile = record.resolveSibling("." + node.name() + ".lock");
        synchronized (IN_THIS_JVM.computeIfAbsent(lockFile, f -> new Object())) {
            try {
                Files.createDirectories(lockFile.getParent());
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    return action.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + lockFile, e);
            }
        }
    }
}
