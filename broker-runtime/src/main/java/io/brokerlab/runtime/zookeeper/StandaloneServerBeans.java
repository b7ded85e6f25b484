package io.brokerlab.runtime.zookeeper;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Reads a standalone server's zxid and client count from the MBeans ZooKeeper registers for it.
 * ZooKeeperServerMain keeps its server to itself, and these beans are ZooKeeper's published view of it.
 */
final class StandaloneServerBeans {

    private static final String DOMAIN = "org.apache.ZooKeeperService";

    private final MBeanServer beans = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName server;
    private final ObjectName dataTree;

    StandaloneServerBeans(int clientPort) {
        try {
            // The names ZooKeeperServerBean and DataTreeBean give themselves.
            server = new ObjectName(DOMAIN + ":name0=StandaloneServer_port" + clientPort);
            dataTree = new ObjectName(DOMAIN + ":name0=StandaloneServer_port" + clientPort + ",name1=InMemoryDataTree");
        } catch (JMException e) {
            throw new IllegalArgumentException("no MBean name for port " + clientPort, e);
        }
    }

    /** zxid and clients while the server is registered; nothing before start-up or after close. */
    Map<String, Object> read() {
        Map<String, Object> values = new LinkedHashMap<>();
        try {
            values.put("zxid", beans.getAttribute(dataTree, "LastZxid"));
            values.put("clients", beans.getAttribute(server, "NumAliveConnections"));
        } catch (JMException e) {
            // not registered (yet or any more): the health answer simply leaves them out
        }
        return values;
    }
}
