package io.brokerlab.launcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.NotEnoughReplicasAfterAppendException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class SendFailuresTest {

    @Test
    void notEnoughReplicasSaysToStartBrokersAndWhatAcksOneWouldDo() {
        String expected = "fewer in-sync replicas than min.insync.replicas: start the stopped brokers (acks=1 writes are"
                + " taken meanwhile, but not readable until then)";
        assertThat(SendFailures.explain(new NotEnoughReplicasException("Messages are rejected since there are fewer"
                + " in-sync replicas than required."))).isEqualTo(expected);
        assertThat(SendFailures.explain(new NotEnoughReplicasAfterAppendException("after append"))).isEqualTo(expected);
    }

    @Test
    void aSendGivenUpByAbortSaysSendingWasStopped() {
        assertThat(SendFailures.explain(new org.apache.kafka.common.KafkaException("Producer is closed forcefully.")))
                .isEqualTo("given up unanswered: sending was stopped");
    }

    @Test
    void aTimeoutKeepsKafkasWordsAndSaysWhatToCheck() {
        assertThat(SendFailures.explain(new CompletionException(new ExecutionException(
                new TimeoutException("Topic t not present in metadata after 15000 ms.")))))
                .startsWith("timed out (Topic t not present in metadata after 15000 ms): no broker answered in time")
                .contains("check the brokers are running");
    }

    @Test
    void aRecordTooLargeAndAMissingPermissionSayWhatToDo() {
        assertThat(SendFailures.explain(new RecordTooLargeException("The message is 2000000 bytes")))
                .contains("send a smaller value").contains("max.message.bytes");
        assertThat(SendFailures.explain(new TopicAuthorizationException("Not authorized to access topics: [t]")))
                .isEqualTo("not authorized (Not authorized to access topics: [t]): ask the cluster's admin for Write"
                        + " permission on the topic");
    }

    @Test
    void anyOtherFailureKeepsItsOwnMessage() {
        assertThat(SendFailures.explain(new IllegalStateException("Cannot perform operation after producer has been"
                + " closed"))).isEqualTo("Cannot perform operation after producer has been closed");
        assertThat(new Publisher.SendResult("t", -1, -1, new NotEnoughReplicasException("x")).reason())
                .startsWith("fewer in-sync replicas");
        assertThat(new Publisher.SendResult("t", 0, 1, null).reason()).isNull();
    }
}
