package io.brokerlab.launcher.admin;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;

/**
 * Whether any broker answers at an address, within a few seconds: the question to ask before opening a cluster,
 * because the admin client's own timeouts (tens of seconds) and its topic-listing errors say neither soon nor
 * plainly that nothing is there.
 */
public final class BrokerProbe {

    /** Long enough for a broker across a network, short enough for someone waiting at a Connect button. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private BrokerProbe() {
    }

    /**
     * Blocks until a broker at {@code bootstrapServers} has told its cluster id, at most {@code timeout}; not on a
     * UI thread.
     *
     * @throws AdminException when none did, saying so in a sentence for people
     */
    public static void requireAnswer(String bootstrapServers, Duration timeout) {
        Admin admin;
        try {
            admin = KafkaClients.admin(bootstrapServers);
        } catch (KafkaException e) {
            // e.g. no host name in the list resolves
            throw noAnswer(bootstrapServers, timeout, e);
        }
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis())).clusterId()
                    .get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw noAnswer(bootstrapServers, timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminException("Stopped waiting for " + bootstrapServers + " to answer", e);
        } finally {
            // nothing to finish: the only request has ended or is abandoned
            admin.close(Duration.ZERO);
        }
    }

    private static AdminException noAnswer(String bootstrapServers, Duration timeout, Exception cause) {
        return new AdminException("No broker answered at " + bootstrapServers + " within " + timeout.toSeconds()
                + " s — check the address and that the cluster runs.", cause);
    }
}
