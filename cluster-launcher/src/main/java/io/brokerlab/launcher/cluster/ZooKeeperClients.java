package io.brokerlab.launcher.cluster;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.zookeeper.client.ZKClientConfig;

/** Curator clients as the launcher uses them: Netty transport, short timeouts fit for loopback. */
public final class ZooKeeperClients {

    private ZooKeeperClients() {
    }

    public static CuratorFramework create(String connect) {
        ZKClientConfig clientConfig = new ZKClientConfig();
        clientConfig.setProperty(ZKClientConfig.ZOOKEEPER_CLIENT_CNXN_SOCKET, "org.apache.zookeeper.ClientCnxnSocketNetty");
        return CuratorFrameworkFactory.builder()
                .connectString(connect)
                .zkClientConfig(clientConfig)
                .sessionTimeoutMs(10_000)
                .connectionTimeoutMs(3_000)
                .retryPolicy(new ExponentialBackoffRetry(100, 3))
                .build();
    }
}
