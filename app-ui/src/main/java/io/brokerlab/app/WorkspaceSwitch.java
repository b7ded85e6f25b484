package io.brokerlab.app;

import io.brokerlab.launcher.cluster.LocalCluster;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Before another workspace replaces the one shown: if the shown one's nodes run, the user stops them, leaves them
 * running, or calls the switch off, as when the window closes. FX thread; no toolkit needed (the question and the
 * stop are given).
 */
final class WorkspaceSwitch {

    private final Function<StopQuestion, StopQuestion.Answer> ask;
    private final Function<LocalCluster, CompletableFuture<Boolean>> stop;

    /**
     * @param ask  shows the question and waits for the answer
     * @param stop stops the nodes; completes with true once they stopped or the user left the rest running, false
     *             if they could not be stopped (then the switch is off: the user asked for stopped nodes)
     */
    WorkspaceSwitch(Function<StopQuestion, StopQuestion.Answer> ask,
                    Function<LocalCluster, CompletableFuture<Boolean>> stop) {
        this.ask = ask;
        this.stop = stop;
    }

    /**
     * Whether {@code target} may replace {@code shownDir}'s workspace, whose cluster is {@code shown} (null: none
     * here, such as an external cluster shown). Opening the same folder again asks nothing.
     */
    CompletableFuture<Boolean> leave(LocalCluster shown, Path shownDir, Path target) {
        Path to = target.toAbsolutePath().normalize();
        if (shown == null || shownDir == null || to.equals(shownDir.toAbsolutePath().normalize())
                || !shown.snapshot().anyAlive()) {
            return CompletableFuture.completedFuture(true);
        }
        return switch (ask.apply(StopQuestion.switching(shownDir, to))) {
            case CANCEL -> CompletableFuture.completedFuture(false);
            case LEAVE -> CompletableFuture.completedFuture(true);
            case STOP -> stop.apply(shown);
        };
    }
}
