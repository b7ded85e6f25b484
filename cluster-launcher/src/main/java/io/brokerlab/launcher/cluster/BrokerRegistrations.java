package io.brokerlab.launcher.cluster;

import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;

/**
 * Whether a broker is registered in ZooKeeper ({@code /brokers/ids/<id>}), the definition of
 * "ready" that Kafka's own test harness uses. One client per launcher, opened on first use.
 */
final class BrokerRegistrations implements AutoCloseable {

    private final String connect;
    private CuratorFramework client;
    /** Once closed, no client is opened again: one left open would keep the JVM alive (Netty's threads). */
    private boolean closed;

    BrokerRegistrations(String connect) {
        this.connect = connect;
    }

    /** @throws ClusterException once closed: a start still waiting gives up rather than asking on a new client */
    synchronized boolean isRegistered(int brokerId) {
        if (closed) {
            throw new ClusterException("stopped waiting for broker " + brokerId + ": this view of the cluster was"
                    + " closed; the node is left as it is");
        }
        try {
            if (client == null) {
                client = ZooKeeperClients.create(connect);
                client.start();
            }
            if (!client.blockUntilConnected(3, TimeUnit.SECONDS)) {
                return false;
            }
            return client.checkExists().forPath("/brokers/ids/" + brokerId) != null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
