package io.brokerlab.launcher.messaging;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.NotEnoughReplicasAfterAppendException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * A failed send in words a user can act on: the common Kafka failures say what happened and what to do; any other
 * keeps Kafka's own message, which is then the best there is.
 */
public final class SendFailures {

    /** What the producer's sends not yet answered fail with when it is closed without waiting. */
    private static final String FORCED_CLOSE = "Producer is closed forcefully.";

    private SendFailures() {
    }

    public static String explain(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof NotEnoughReplicasException || cause instanceof NotEnoughReplicasAfterAppendException) {
            return "fewer in-sync replicas than min.insync.replicas: start the stopped brokers (acks=1 writes are"
                    + " taken meanwhile, but not readable until then)";
        }
        if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException) {
            return "the message is larger than the topic or the producer accepts: send a smaller value, or raise the"
                    + " topic's max.message.bytes in Topics";
        }
        if (cause instanceof AuthorizationException) {
            return "not authorized (" + own(cause) + "): ask the cluster's admin for Write permission on the topic";
        }
        if (cause instanceof KafkaException && FORCED_CLOSE.equals(cause.getMessage())) {
            // Publisher.abort: the caller gave the send up (a Stop, a check ending) before a broker answered
            return "given up unanswered: sending was stopped";
        }
        if (cause instanceof TimeoutException) {
            return "timed out (" + own(cause) + "): no broker answered in time; check the brokers are running and the"
                    + " partition has a leader (Topics shows it), then send again";
        }
        return own(cause);
    }

    /**
     * Whether the send gave up waiting (delivery.timeout.ms, or max.block.ms for metadata): Kafka then says nothing
     * of the retriable error it kept getting, which {@link SendStalls} can find in the cluster's metadata.
     */
    public static boolean timedOut(Throwable error) {
        return unwrap(error) instanceof TimeoutException;
    }

    /** The futures' wrappers say nothing; the producer's exception is the one that does. */
    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Kafka's own sentence, without the full stop the caller's sentence supplies. */
    private static String own(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
