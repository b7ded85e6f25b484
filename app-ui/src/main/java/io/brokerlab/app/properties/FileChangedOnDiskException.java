package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.NodeId;
import java.nio.file.Path;

/** The file was changed outside the app since the form read it; saving over it would lose that change. */
public final class FileChangedOnDiskException extends IllegalStateException {

    private final NodeId node;

    FileChangedOnDiskException(NodeId node, Path file) {
        super(file.getFileName() + " was changed outside Brokerlab (another editor or the CLI) since it was"
                + " loaded. Nothing was written: reload it to see that change, then make your edits again.");
        this.node = node;
    }

    public NodeId node() {
        return node;
    }
}
