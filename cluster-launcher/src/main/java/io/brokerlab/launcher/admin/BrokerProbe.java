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
 * plainly that nothing is there. Addresses that all refuse the connection or do not resolve are said at once.
 */
public final class BrokerProbe {

    /** Long enough for a broker across a network, short enough for someone waiting at a Connect button. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** A TCP handshake takes well under a second even across continents; a silent address is the admin client's. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    /** A ZooKeeper answers srvr in milliseconds; the wait comes on top of the probe's own. */
    private static final Duration ZOOKEEPER_REPLY = Duration.ofMillis(500);

    private BrokerProbe() {
    }

    /**
     * Blocks until a broker at {@code bootstrapServers} has told its cluster id, at most {@code timeout}; not on a
     * UI thread.
     *
     * @throws AdminException when none did, saying so in a sentence for people: at once when every address refuses
     *                        the connection or names no known host
     */
    public static void requireAnswer(String bootstrapServers, Duration timeout) {
        long started = System.nanoTime();
        BootstrapPortCheck.whyNothingListens(bootstrapServers, min(CONNECT_TIMEOUT, timeout)).ifPresent(why -> {
            throw new AdminException(why);
        });
        // the whole probe stays within timeout: a silent address may have used up some of it
        Duration left = timeout.minusNanos(System.nanoTime() - started);
        requireClusterId(bootstrapServers, left.isNegative() ? Duration.ZERO : left, timeout);
    }

    /** A port that accepts may still be no broker (or a broker that hangs): only a Kafka answer tells. */
    private static void requireClusterId(String bootstrapServers, Duration left, Duration timeout) {
        Admin admin;
        try {
            admin = KafkaClients.admin(bootstrapServers);
        } catch (KafkaException e) {
            // e.g. no host name in the list resolves
            throw noAnswer(bootstrapServers, timeout, e);
        }
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) left.toMillis())).clusterId()
                    .get(left.toMillis() + 1_000, TimeUnit.MILLISECONDS);
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

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A ZooKeeper's address given for the brokers' (its port is the one a ZooKeeper-mode tutorial starts with). */
    private static AdminException noAnswer(String bootstrapServers, Duration timeout, Exception cause) {
        for (String address : bootstrapServers.split(",")) {
            if (!address.isBlank() && ZooKeeperSrvr.isZooKeeper(address.strip(), ZOOKEEPER_REPLY)) {
                return new AdminException(address.strip() + " is a ZooKeeper, not a Kafka broker: give the brokers'"
                        + " addresses (their listeners, e.g. 127.0.0.1:9092) as bootstrap servers, and this one as the"
                        + " cluster's ZooKeeper.", cause);
            }
        }
        return new AdminException("No broker answered at " + bootstrapServers + " within " + timeout.toSeconds()
                + " s — check the address and that the cluster runs.", cause);
    }
}
