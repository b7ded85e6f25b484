package io.brokerlab.launcher.process;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.PropertiesDocument;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * A copy of a node's properties file taken as its process is launched, beside its run record. A node reads its file
 * once, as it starts: a file written since may hold values it does not run with, and only the copy tells which keys
 * differ, to whoever looks later (the app started again, another app, the CLI) and whatever wrote the file.
 */
public final class LaunchedSettings {

    private final Workspace workspace;

    public LaunchedSettings(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Copies the file as it is now; just before the launch, so the copy is what the process reads. */
    public void keep(NodeId node) throws IOException {
        Path copy = workspace.launchedSettingsFile(node);
        Files.createDirectories(copy.getParent());
        Path temp = Files.createTempFile(copy.getParent(), node.name(), ".tmp");
        try {
            Files.copy(workspace.propertiesFile(node), temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            // moved: nothing left; failed: no half-made copy left in run/
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The values the node's latest launch read; empty if no copy was kept (a node launched by a Brokerlab before
     * this one) or it cannot be read.
     */
    public Optional<Properties> read(NodeId node) {
        Path copy = workspace.launchedSettingsFile(node);
        if (!Files.isRegularFile(copy)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PropertiesDocument.read(copy).toProperties());
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
