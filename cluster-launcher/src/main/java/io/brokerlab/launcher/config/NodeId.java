package io.brokerlab.launcher.config;

import java.util.Objects;

/** Names one node of a cluster; ids start at 1 like ZooKeeper's myid and the broker.id we generate. */
public record NodeId(NodeKind kind, int id) {

    public NodeId {
        Objects.requireNonNull(kind, "kind");
        if (id < 1) {
            throw new IllegalArgumentException("node id must be at least 1, not " + id);
        }
    }

    public static NodeId zookeeper(int id) {
        return new NodeId(NodeKind.ZOOKEEPER, id);
    }

    public static NodeId broker(int id) {
        return new NodeId(NodeKind.BROKER, id);
    }

    /** {@code zk-<id>} or {@code broker-<id>}. */
    public String name() {
        return kind.prefix() + "-" + id;
    }

    public static NodeId parse(String name) {
        if (name != null) {
            for (NodeKind kind : NodeKind.values()) {
                String prefix = kind.prefix() + "-";
                if (name.startsWith(prefix) && name.length() > prefix.length()) {
                    String digits = name.substring(prefix.length());
                    if (digits.chars().allMatch(c -> c >= '0' && c <= '9') && digits.length() <= 9
                            && Integer.parseInt(digits) >= 1) {
                        return new NodeId(kind, Integer.parseInt(digits));
                    }
                }
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a node name; expected zk-<n> or broker-<n>"
                + " with n a positive number, e.g. zk-1 or broker-2");
    }

    @Override
    public String toString() {
        return name();
    }
}
