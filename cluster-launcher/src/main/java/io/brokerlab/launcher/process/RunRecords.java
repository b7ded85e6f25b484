package io.brokerlab.launcher.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Reads and writes {@code run/<node>.json}; writes are atomic so a reader never sees half a record. */
public final class RunRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    public void delete(NodeId node) {
        try {
            Files.deleteIfExists(workspace.runRecordFile(node));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + workspace.runRecordFile(node), e);
        }
    }
}
