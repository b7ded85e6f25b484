package io.brokerlab.app.topics;

import io.brokerlab.app.ui.Failures;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Runs a topic action against the attached cluster on the background executor and says how it went (FX thread):
 * "…ing…" while it runs, the success in words, or what could not be done and why. Said in the action status line
 * under the topic shown when it is about that topic; about another (one deleted, or one the user left while the action
 * ran) in the topic list's notice, for a while: never under another topic's name.
 */
final class ActionRunner {

    private final Executor background;
    private final Executor fx;
    private final ShownTopics shown;
    /** Under the topic shown: a failure stays there until the user acts (another action or topic). */
    private final StatusLine status;
    /** Above the topic list: what became of a topic not shown, its failure too (a dialog said it as well). */
    private final StatusLine notice;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private BiConsumer<String, Throwable> actionErrors = (what, error) -> { };

    /** @param later runs a task on the FX thread once a success has been on screen long enough to read */
    ActionRunner(Executor background, Executor fx, Executor later, ShownTopics shown) {
        this.background = background;
        this.fx = fx;
        this.shown = shown;
        status = new StatusLine(later, true);
        notice = new StatusLine(later, false);
    }

    /**
     * Where a topic action's failure goes besides the status line, on the FX thread: a sentence saying what could
     * not be done, and the cause.
     */
    void onActionError(BiConsumer<String, Throwable> handler) {
        this.actionErrors = handler;
    }

    /**
     * Runs {@code work} against the source in the background; {@code done} words the success. {@code topic}: the
     * topic acted on, which decides where its progress and outcome are said.
     */
    <T> CompletableFuture<T> act(String topic, String doing, Function<TopicSource, T> work, Function<T, String> done) {
        return act(topic, doing, work, done, true);
    }

    /** {@code dialog} false: the caller shows the failure itself (a dialog still open), so no second dialog. */
    <T> CompletableFuture<T> act(String topic, String doing, Function<TopicSource, T> work, Function<T, String> done,
                                 boolean dialog) {
        TopicSource s = shown.source();
        if (s == null) {
            return refuse(doing, "No cluster");
        }
        busy.set(true);
        say(doing + "…", false, topic);
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
                fail(topic, doing, cause, dialog);
                result.completeExceptionally(cause);
            } else {
                try {
                    say(done.apply(value), false, topic);
                    result.complete(value);
                } catch (RuntimeException e) {
                    // said, not swallowed by the future: the status line would stay on "…ing…" for good
                    fail(topic, doing, e, true);
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
    private void fail(String topic, String doing, Throwable cause, boolean dialog) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String reason = withoutRepeat(doing, message);
        say(couldNot(doing) + ": " + reason, true, topic);
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

    /** Progress or a success about the topic shown, in the muted style. */
    void report(String outcome) {
        say(outcome, false);
    }

    /** {@link #say(String, boolean, String)} about the topic shown, or none in particular. */
    void say(String text, boolean failed) {
        say(text, failed, null);
    }

    /**
     * Says {@code text} about {@code topic}, in the error style when {@code failed}: under the topic shown when it is
     * about that one (or about none in particular), else in the list's notice. A success goes after a while: "Created
     * demo" standing for an hour reads as news. Under the topic shown, a failure stays until the user acts (another
     * action or topic), and so does progress while the action runs.
     */
    void say(String text, boolean failed, String topic) {
        boolean here = topic == null || topic.equals(shown.selectedProperty().get());
        StatusLine line = here ? status : notice;
        StatusLine other = here ? notice : status;
        // a topic's news in one place: "Create topic x…" in the list becomes "Created x" under x, once shown
        if (topic != null && topic.equals(other.about())) {
            other.clear();
        }
        line.say(text, failed, topic, !busy.get());
    }

    /** What was said of {@code topic} stays, now in the error style: the action did only part of its work. */
    void markFailed(String topic) {
        (topic.equals(notice.about()) ? notice : status).markFailed();
    }

    /**
     * Another topic is shown (null: none): what the status line said of the last one goes. Progress of an action
     * still running on it moves to the list's notice, so the disabled actions still say why.
     */
    void topicShown(String name) {
        String about = status.about();
        if (Objects.equals(about, name) || status.isEmpty()) {
            return;
        }
        if (busy.get() && about != null) {
            notice.say(status.textProperty().get(), false, about, false);
        }
        status.clear();
    }

    /** Nothing said: another cluster is shown. */
    void clear() {
        status.clear();
        notice.clear();
    }

    /** Another cluster: nothing said, and an action still running on the last one does not hold this one's back. */
    void reset() {
        clear();
        busy.set(false);
    }

    ReadOnlyStringProperty actionStatusProperty() {
        return status.textProperty();
    }

    ReadOnlyBooleanProperty actionFailedProperty() {
        return status.failedProperty();
    }

    /** What became of a topic not shown: "Deleted orders"; empty when nothing is to be said. */
    ReadOnlyStringProperty noticeProperty() {
        return notice.textProperty();
    }

    ReadOnlyBooleanProperty noticeFailedProperty() {
        return notice.failedProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
