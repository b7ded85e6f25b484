package io.brokerlab.launcher.verify;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Watches a check's sends for a stall: sends out but none answered for a while. The producer retries a partition
 * below min.insync.replicas (NOT_ENOUGH_REPLICAS) or without a leader silently until its delivery timeout, so the
 * counts just stand still; this asks the cluster's metadata why and puts the answer in the {@link
 * DurabilityCheck.Progress}. When nothing at all has been acknowledged and the metadata gives a reason, the check
 * cannot test anything: it is told to stop rather than wait two minutes. One thread calls {@link #poll}.
 */
final class SendWatch {

    /** Longer than a healthy cluster's slowest acknowledgement or a leader election, short enough that nobody wonders. */
    static final Duration STALLED_AFTER = Duration.ofSeconds(5);
    /** A stall with a known reason this long, before a single acknowledgement: the check was started on a blocked topic. */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(10);
    private static final long ASK_AGAIN_NANOS = Duration.ofSeconds(3).toNanos();

    private final DurabilityCheck.Progress progress;
    private final Supplier<Optional<String>> diagnosis;
    private final LongSupplier clock;
    private long answered;
    private long lastAnswerAt;
    private long askedAt;
    private boolean askedYet;
    private String reason;

    /**
     * @param diagnosis why the topic's sends cannot be acknowledged, from the cluster's metadata (empty: it shows no
     *                  reason); blocks, and throws when the cluster does not answer
     */
    SendWatch(DurabilityCheck.Progress progress, Supplier<Optional<String>> diagnosis, LongSupplier clock) {
        this.progress = progress;
        this.diagnosis = diagnosis;
        this.clock = clock;
        this.lastAnswerAt = clock.getAsLong();
    }

    /** Updates the progress's stall; returns why the check should stop, or empty to go on. */
    Optional<String> poll() {
        long now = clock.getAsLong();
        long answeredNow = progress.acknowledged() + progress.failed();
        if (answeredNow != answered) {
            answered = answeredNow;
            lastAnswerAt = now;
        }
        long waiting = progress.sent() - answeredNow;
        long since = now - lastAnswerAt;
        if (waiting <= 0 || since < STALLED_AFTER.toNanos()) {
            askedYet = false;
            reason = null;
            progress.stalled(null);
            return Optional.empty();
        }
        if (!askedYet || now - askedAt >= ASK_AGAIN_NANOS) {
            askedYet = true;
            askedAt = now;
            try {
                reason = diagnosis.get().orElse(null);
            } catch (RuntimeException noAnswer) {
                // the last answer stays: the outage that holds the sends up can hold the question up too
            }
        }
        progress.stalled(new DurabilityCheck.Stall(waiting, Duration.ofNanos(since), reason));
        return progress.acknowledged() == 0 && since >= GIVE_UP_AFTER.toNanos() ? Optional.ofNullable(reason)
                : Optional.empty();
    }
}
