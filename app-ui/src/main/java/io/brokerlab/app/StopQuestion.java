package io.brokerlab.app;

import io.brokerlab.app.ui.HomeRelativePath;
import java.nio.file.Path;
import java.util.List;

/**
 * What the app asks before running nodes drop out of sight: when the window closes, or another workspace replaces
 * the one shown. {@code offersStop}: the shown workspace's nodes run, so "Stop nodes" is a choice; without it only
 * other workspaces' nodes run, which the user is told about (they keep running). No toolkit needed.
 */
record StopQuestion(String title, String header, String text, boolean offersStop) {

    /** The user's choice; Cancel keeps the window and the workspace shown. */
    enum Answer { STOP, LEAVE, CANCEL }

    /**
     * Closing the window. {@code runs}: the shown workspace's nodes run; {@code others}: workspaces shown earlier in
     * this app session whose nodes still run (the window closing would leave them unnoticed).
     */
    static StopQuestion closing(boolean runs, List<String> others) {
        String elsewhere = others.isEmpty() ? "" : (runs ? "Also still running" : "Still running")
                + ", opened earlier in this session: " + String.join(", ", others)
                + ". Closing leaves them running; open a workspace again to stop its nodes.";
        if (!runs) {
            return new StopQuestion("Close Brokerlab", "Other clusters are still running", elsewhere, false);
        }
        String shown = "Nodes of the workspace's cluster are still running. Stop them, or leave them running for the"
                + " command line and the next start of the app?";
        return new StopQuestion("Close Brokerlab", "Stop the cluster before closing?",
                elsewhere.isEmpty() ? shown : shown + "\n\n" + elsewhere, true);
    }

    /** Showing {@code target} instead of {@code shown}, whose nodes run. */
    static StopQuestion switching(Path shown, Path target) {
        return new StopQuestion("Switch workspace", "Stop the cluster of " + HomeRelativePath.of(shown) + " first?",
                "Its nodes are still running. Stop them before " + HomeRelativePath.of(target) + " is shown, or leave"
                        + " them running (closing the window will name them; opening the workspace again shows them)?",
                true);
    }
}
