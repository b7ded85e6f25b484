package io.brokerlab.launcher.config;

/** The two kinds of JVM a Brokerlab cluster is made of. */
public enum NodeKind {
    ZOOKEEPER("zk"),
    BROKER("broker");

    private final String prefix;

    NodeKind(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix of node names, as in {@code zk-1} or {@code broker-2}. */
    public String prefix() {
        return prefix;
    }
}
