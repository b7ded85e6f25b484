package io.brokerlab.launcher.config;

/** The two ports a ZooKeeper ensemble member uses to talk to its peers: followers to leader, and elections. */
public record QuorumPorts(int peer, int election) {
}
