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

    BrokerRegistrations(String connect) {
        this.connect = connect;
    }

    synchronized boolean isRegistered(int brokerId) {
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
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
