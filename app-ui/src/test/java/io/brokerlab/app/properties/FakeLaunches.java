package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The launch of each running node, by its file (a node of a workspace), as the launcher's run records and copies of
 * the files would say; none runs at first.
 */
final class FakeLaunches implements Launches {

    private final Map<Path, Launch> launched = new ConcurrentHashMap<>();

    @Override
    public Optional<Launch> current(Workspace workspace, NodeId node) {
        return Optional.ofNullable(launched.get(workspace.propertiesFile(node)));
    }

    /** For the view model's question whether a node runs. */
    PropertiesViewModel.LiveNodes liveIn(Workspace workspace) {
        return node -> launched.containsKey(workspace.propertiesFile(node));
    }

    /**
     * {@code node} is launched, after its file was last written: the file is made a minute old, so that a write
     * the test makes next is later than the launch whatever the granularity of the file system's times.
     */
    void launch(Workspace workspace, NodeId node) throws Exception {
        launch(workspace, node, true);
    }

    /** {@code kept}: whether the launcher kept a copy of the file, as one before Brokerlab's copies did not. */
    void launch(Workspace workspace, NodeId node, boolean kept) throws Exception {
        Instant written = Instant.now().minusSeconds(60);
        Files.setLastModifiedTime(workspace.propertiesFile(node), FileTime.from(written));
        launched.put(workspace.propertiesFile(node), new Launch(written.plusSeconds(1),
                kept ? workspace.properties(node).toProperties() : null));
    }

    void stop(Workspace workspace, NodeId node) {
        launched.remove(workspace.propertiesFile(node));
    }
}
