package io.brokerlab.launcher.state;

/** A broker registered with the cluster: its id and the address clients reach it at. */
public record BrokerInfo(int id, String host, int port) {

    /** {@code host:port}. */
    public String address() {
        return host + ":" + port;
    }
}
