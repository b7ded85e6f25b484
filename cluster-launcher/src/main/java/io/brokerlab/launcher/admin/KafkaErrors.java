package io.brokerlab.launcher.admin;

import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.NotControllerException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicDeletionDisabledException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Kafka's failures as sentences that say what happened and what to do, so no caller shows a broker error class.
 * Shared by the topic, consumer group and broker config services.
 */
final class KafkaErrors {

    private KafkaErrors() {
    }

    /** Waits for a Kafka future and turns its failure into a sentence. */
    static <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminException("interrupted while trying to " + what, e);
        } catch (ExecutionException e) {
            throw translate(e.getCause(), what);
        }
    }

    static AdminException translate(Throwable cause, String what) {
        if (cause instanceof TopicDeletionDisabledException) {
            return new AdminException("cannot " + what + ": topic deletion is disabled on this cluster"
                    + " (delete.topic.enable=false, Brokerlab's default on Windows, where Kafka crashes when it deletes"
                    + " topic files, KAFKA-1194); stop the cluster and run `brokerlab reset --yes` instead", cause);
        }
        if (cause instanceof TopicExistsException) {
            return new AdminException("cannot " + what + ": " + cause.getMessage(), cause);
        }
        if (cause instanceof UnknownTopicOrPartitionException) {
            return new AdminException("cannot " + what + ": no such topic", cause);
        }
        if (cause instanceof GroupNotEmptyException) {
            return new AdminException("cannot " + what + ": the group still has active members; stop its consumers first",
                    cause);
        }
        if (cause instanceof NotControllerException) {
            return new AdminException("cannot " + what + ": the controller moved to another broker just now; try again"
                    + " in a moment", cause);
        }
        if (cause instanceof TimeoutException) {
            return new AdminException("cannot " + what + ": the cluster did not answer in time (is a broker and"
                    + " ZooKeeper with quorum running?); a topic being created may still appear once it answers", cause);
        }
        String reason = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName() : cause.getMessage();
        return new AdminException("cannot " + what + ": " + reason, cause);
    }
}
