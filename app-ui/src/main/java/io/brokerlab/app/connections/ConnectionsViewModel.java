package io.brokerlab.app.connections;

import io.brokerlab.app.Connection;
import io.brokerlab.app.ui.Failures;
import io.brokerlab.launcher.cluster.ClusterException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Opens an external cluster by its bootstrap servers and, optionally, its ZooKeeper; once it answers, every view but
 * process control shows it. FX thread.
 */
public final class ConnectionsViewModel {

    private static final Pattern HOST_PORTS = Pattern.compile("[^\\s,/]+:\\d+(,[^\\s,/]+:\\d+)*");
    private static final String NOT_CONNECTED = "Not connected to an external cluster";
    private static final Pattern ZOOKEEPER = Pattern.compile("[^\\s,/]+:\\d+(,[^\\s,/]+:\\d+)*(/[^\\s]*)?");

    /** Opens a connection and completes once the views show it, or with why not. */
    public interface Connector {
        CompletableFuture<Void> connect(String bootstrapServers, Optional<String> zookeeper);
    }

    private final Connector connector;
    private final Executor fx;
    private final StringProperty bootstrap = new SimpleStringProperty("");
    private final StringProperty zookeeper = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty(NOT_CONNECTED);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private int attempts;

    public ConnectionsViewModel(Connector connector, Executor fx) {
        this.connector = connector;
        this.fx = fx;
    }

    public CompletableFuture<Void> connect() {
        String address = bootstrap.get() == null ? "" : bootstrap.get().trim();
        String zk = zookeeper.get() == null ? "" : zookeeper.get().trim();
        if (!HOST_PORTS.matcher(address).matches()) {
            status.set("Bootstrap servers are host:port pairs separated by commas, e.g. kafka1:9092,kafka2:9092");
            return CompletableFuture.completedFuture(null);
        }
        if (!zk.isEmpty() && !ZOOKEEPER.matcher(zk).matches()) {
            status.set("ZooKeeper is host:port pairs separated by commas, with an optional /chroot, e.g. zk1:2181/kafka;"
                    + " or leave it empty");
            return CompletableFuture.completedFuture(null);
        }
        int attempt = ++attempts;
        busy.set(true);
        status.set("Connecting to " + address + "…");
        return connector.connect(address, zk.isEmpty() ? Optional.empty() : Optional.of(zk)).handleAsync((ok, error) -> {
            if (attempt != attempts) {
                return null;
            }
            busy.set(false);
            if (error != null && Failures.superseded(error)) {
                status.set("Not connected to " + address + ": " + Failures.message(error));
            } else if (error != null && Failures.cause(error) instanceof ClusterException refused) {
                // the launcher's own sentence says what is wrong and what to give instead
                status.set("Not connected: " + refused.getMessage() + " The views still show what they showed.");
            } else if (error != null) {
                Throwable cause = Failures.cause(error);
                status.set("Cannot reach " + address + ": " + cause.getMessage() + ". Check the address, that the"
                        + " brokers run and that this machine may reach them; the views still show what they showed.");
            } else {
                status.set(connected(address, zk));
            }
            return null;
        }, fx);
    }

    private static String connected(String address, String zookeeper) {
        return "Connected to " + address + (zookeeper.isEmpty() ? " (metadata polled from the brokers)"
                : " (events from ZooKeeper " + zookeeper + ")") + ". Every view but process control shows it now.";
    }

    /**
     * The app shows {@code connection} now (null: nothing), e.g. the workspace again: the status follows, so it never
     * speaks of an external cluster no longer shown. An attempt under way says itself how it ended.
     */
    public void shown(Connection connection) {
        if (busy.get()) {
            return;
        }
        status.set(connection == null || connection.local() ? NOT_CONNECTED
                : connected(connection.bootstrapServers(), connection.zookeeper().orElse("")));
    }

    public StringProperty bootstrapProperty() {
        return bootstrap;
    }

    /** Optional: with it, leader and ISR changes come as they happen instead of by polling. */
    public StringProperty zookeeperProperty() {
        return zookeeper;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
