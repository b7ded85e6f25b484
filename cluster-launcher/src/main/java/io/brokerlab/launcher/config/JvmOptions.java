package io.brokerlab.launcher.config;

import java.util.List;

/** Extra JVM arguments for each kind of node. */
public record JvmOptions(List<String> zookeeper, List<String> broker) {

    public JvmOptions {
        zookeeper = List.copyOf(zookeeper);
        broker = List.copyOf(broker);
    }

    /**
     * Sized for a laptop running several nodes at once. C1 only, because start-up is CPU-bound and a lab never
     * runs long enough to profit from C2; the serial collector because each heap is small.
     */
    public static JvmOptions defaults() {
        return new JvmOptions(
                List.of("-Xms16m", "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                        "-XX:MetaspaceSize=48m", "-XX:MaxMetaspaceSize=96m", "-XX:ReservedCodeCacheSize=24m", "-XX:MaxDirectMemorySize=32m"),
                List.of("-Xms32m", "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                        "-XX:MetaspaceSize=64m", "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=32m", "-XX:MaxDirectMemorySize=64m"));
    }

    public List<String> of(NodeKind kind) {
        return kind == NodeKind.ZOOKEEPER ? zookeeper : broker;
    }
}
