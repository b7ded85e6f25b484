package io.brokerlab.app;

import io.brokerlab.app.ui.HomeRelativePath;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Workspaces left for another in this app session, looked at again when the window closes. */
final class OtherWorkspaces {

    private OtherWorkspaces() {
    }

    /**
     * The folders (as the header shows them) of those among {@code dirs} with a node still alive. Reads the disk and
     * asks the nodes' agents: background thread. A folder that cannot be read is left out: closing changes nothing
     * there.
     */
    static List<String> stillRunning(List<Path> dirs) {
        List<String> running = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Workspace.isWorkspace(dir)) {
                continue;
            }
            try (LocalCluster cluster = LocalCluster.open(Workspace.open(dir))) {
                if (cluster.snapshot().anyAlive()) {
                    running.add(HomeRelativePath.of(dir));
                }
            } catch (RuntimeException unreadable) {
                // moved or broken since it was shown: nothing of it to mention
            }
        }
        return running;
    }
}
