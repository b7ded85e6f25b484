package io.brokerlab.app.topics;

import io.brokerlab.app.ui.Failures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Runs a topic action against the attached cluster on the background executor and says how it went in the action
 * status line (FX thread): "…ing…" while it runs, the success in words, or what could not be done and why.
 */
final class ActionRunner {

    private final Executor background;
    private final Executor fx;
    /** Runs a task on the FX thread once a success has been on screen long enough to read. */
    private final Executor later;
    private final ShownTopics shown;
    private final StringProperty actionStatus = new SimpleStringProperty("");
    private final BooleanProperty actionFailed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private BiConsumer<String, Throwable> actionErrors = (what, error) -> { };
    /** Counts what was said, so a success's expiry does not clear a later line. */
    private long said;

    ActionRunner(Executor background, Executor fx, Executor later, ShownTopics shown) {
        this.background = background;
        this.fx = fx;
        this.later = later;
        this.shown = shown;
    }

    /**
     * Where a topic action's failure goes besides the status line, on the FX thread: a sentence saying what could
     * not be done, and the cause.
     */
    void onActionError(BiConsumer<String, Throwable> handler) {
        this.actionErrors = handler;
    }

    /** Runs {@code work} against the source in the background; {@code done} words the success. */
    <T> CompletableFuture<T> act(String doing, Function<TopicSource, T> work, Function<T, String> done) {
        return act(doing, work, done, true);
    }

    /** {@code dialog} false: the caller shows the failure itself (a dialog still open), so no second dialog. */
    <T> CompletableFuture<T> act(String doing, Function<TopicSource, T> work, Function<T, String> done,
                                 boolean dialog) {
        TopicSource s = shown.source();
        if (s == null) {
            return refuse(doing, "No cluster");
        }
        busy.set(true);
        report(doing + "…");
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> work.apply(s), background).whenCompleteAsync((value, error) -> {
            if (s != shown.source()) {
                // another cluster is shown now: "Created orders", a failure dialog or a configs dialog opened on what
                // was read (whose Apply would write to the new cluster's topic of that name) would be about the
                // wrong one
                if (error != null) {
                    result.completeExceptionally(Failures.cause(error));
                } else {
                    result.complete(null);
                }
                return;
            }
            busy.set(false);
            if (error != null) {
                Throwable cause = Failures.cause(error);
                fail(doing, cause, dialog);
                result.completeExceptionally(cause);
            } else {
                try {
                    report(done.apply(value));
                    result.complete(value);
                } catch (RuntimeException e) {
                    // said, not swallowed by the future: the status line would stay on "…ing…" for good
                    fail(doing, e, true);
                    result.completeExceptionally(e);
                }
            }
        }, fx);
        return result;
    }

    /**
     * An action not even tried: said in the status line's error style, without a dialog, since the reason is the
     * whole story and the user only has to change the request.
     */
    <T> CompletableFuture<T> refuse(String doing, String reason) {
        say(couldNot(doing) + ": " + reason, true);
        return CompletableFuture.completedFuture(null);
    }

    /** A failure Kafka reported: in the status line and through the error handler, with the cause behind details. */
    private void fail(String doing, Throwable cause, boolean dialog) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String reason = withoutRepeat(doing, message);
        say(couldNot(doing) + ": " + reason, true);
        if (dialog) {
            // the dialog's header already says what could not be done; its text is the reason alone
            actionErrors.accept(couldNot(doing), reason.equals(message) ? cause : new ActionFailure(reason, cause));
        }
    }

    /**
     * The launcher words its failures "cannot create topic x: ..." itself: after "Could not create topic x" that
     * part would be said twice.
     */
    static String withoutRepeat(String doing, String message) {
        String prefix = "cannot " + doing + ": ";
        return message.regionMatches(true, 0, prefix, 0, prefix.length()) ? message.substring(prefix.length()) : message;
    }

    /** The launcher's failure with the words the status line already says taken off; the original is its cause. */
    private static final class ActionFailure extends RuntimeException {
        ActionFailure(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private static String couldNot(String doing) {
        return "Could not " + Character.toLowerCase(doing.charAt(0)) + doing.substring(1);
    }

    /** Progress or a success, in the muted style. */
    void report(String outcome) {
        say(outcome, false);
    }

    /**
     * Says {@code text} in the status line, in the error style when {@code failed}. A success goes after a while:
     * "Created demo" standing for an hour reads as news. A failure stays until the user acts (another action or
     * topic), and so does progress while the action runs.
     */
    void say(String text, boolean failed) {
        actionStatus.set(text);
        actionFailed.set(failed);
        long now = ++said;
        if (!failed && !busy.get() && !text.isEmpty()) {
            later.execute(() -> {
                // a success turned into a partial failure (markFailed) stays too
                if (said == now && !actionFailed.get()) {
                    clear();
                }
            });
        }
    }

    /** What was said stays, now in the error style: the action did only part of its work. */
    void markFailed() {
        actionFailed.set(true);
    }

    /** Nothing said: another topic or cluster is shown. */
    void clear() {
        say("", false);
    }

    /** Another cluster: nothing said, and an action still running on the last one does not hold this one's back. */
    void reset() {
        clear();
        busy.set(false);
    }

    ReadOnlyStringProperty actionStatusProperty() {
        return actionStatus;
    }

    ReadOnlyBooleanProperty actionFailedProperty() {
        return actionFailed;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
