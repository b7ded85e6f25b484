package io.brokerlab.app.connections;

import io.brokerlab.app.Connection;
import io.brokerlab.app.ui.Failures;
import io.brokerlab.launcher.cluster.ClusterException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Opens an external cluster by its bootstrap servers and, optionally, its ZooKeeper; once it answers, every view but
 * process control shows it. First asks whether any broker answers at all (a few seconds at most, and cancellable), so
 * a wrong address gets a plain sentence soon instead of a topic listing's timeout. Remembers the clusters it
 * connected to. FX thread.
 */
public final class ConnectionsViewModel {

    private static final Pattern HOST_PORTS = Pattern.compile("[^\\s,/]+:\\d+(,[^\\s,/]+:\\d+)*");
    private static final String NOT_CONNECTED = "Not connected to an external cluster";
    /** ZooKeeper reads everything after the first slash as the chroot: one path, after the last host. */
    private static final Pattern ZOOKEEPER = Pattern.compile("[^\\s,/]+:\\d+(,[^\\s,/]+:\\d+)*(/|(/[^\\s,/]+)+)?");

    /** Opens a connection and completes once the views show it, or with why not. */
    public interface Connector {
        CompletableFuture<Void> connect(String bootstrapServers, Optional<String> zookeeper);
    }

    /**
     * Completes once a broker at the address has answered, or with why none did (a {@link ClusterException} whose
     * message is for people); called on the FX thread, so it must not block it.
     */
    public interface Probe {
        CompletableFuture<Void> answers(String bootstrapServers);
    }

    /** How the status reads: in progress, a failure, a success, or neither. */
    public enum Tone { NEUTRAL, BUSY, ERROR, SUCCESS }

    private final Probe probe;
    private final Connector connector;
    private final Runnable forgetPending;
    private final RecentConnections recent;
    private final Executor fx;
    private final StringProperty bootstrap = new SimpleStringProperty("");
    private final StringProperty zookeeper = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(NOT_CONNECTED);
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> recentBootstraps = FXCollections.observableArrayList();
    private int attempts;
    /** The addresses of the attempt under way: the same again is no new attempt, another one supersedes it. */
    private String underWay = "";
    /** What the views show, and keep showing when an attempt fails or is cancelled; null: nothing. */
    private Connection shownNow;

    /** {@code forgetPending}: the session drops a connect under way (what it opens, it closes); FX thread. */
    public ConnectionsViewModel(Probe probe, Connector connector, Runnable forgetPending, RecentConnections recent,
                                Executor fx) {
        this.probe = probe;
        this.connector = connector;
        this.forgetPending = forgetPending;
        this.recent = recent;
        this.fx = fx;
        showRecent();
    }

    public CompletableFuture<Void> connect() {
        String address = tidy(bootstrap.get());
        String zk = tidy(zookeeper.get());
        if (busy.get() && (address + " " + zk).equals(underWay)) {
            // Enter pressed again while connecting: the attempt under way goes on rather than starting over
            return CompletableFuture.completedFuture(null);
        }
        if (!HOST_PORTS.matcher(address).matches()) {
            show(Tone.ERROR, "Bootstrap servers are host:port pairs separated by commas, e.g. kafka1:9092,kafka2:9092");
            return CompletableFuture.completedFuture(null);
        }
        if (!zk.isEmpty() && !ZOOKEEPER.matcher(zk).matches()) {
            show(Tone.ERROR, "ZooKeeper is host:port pairs separated by commas, with an optional /chroot once after the"
                    + " last host, e.g. zk1:2181,zk2:2181/kafka; or leave it empty");
            return CompletableFuture.completedFuture(null);
        }
        // what is connected to, and remembered, is the tidy form; the fields show it
        bootstrap.set(address);
        zookeeper.set(zk);
        int attempt = ++attempts;
        underWay = address + " " + zk;
        busy.set(true);
        show(Tone.BUSY, "Connecting to " + address + "…");
        Optional<String> zkGiven = zk.isEmpty() ? Optional.empty() : Optional.of(zk);
        return probe.answers(address).handleAsync((ok, error) -> error, fx).thenCompose(noAnswer -> {
            if (attempt != attempts) {
                return CompletableFuture.completedFuture(null);
            }
            if (noAnswer != null) {
                ended(noAnswer, address, zk);
                return CompletableFuture.completedFuture(null);
            }
            return connector.connect(address, zkGiven).handleAsync((ok, error) -> {
                if (attempt == attempts) {
                    ended(error, address, zk);
                }
                return null;
            }, fx);
        });
    }

    private void ended(Throwable error, String address, String zk) {
        busy.set(false);
        if (error != null && Failures.superseded(error)) {
            show(Tone.ERROR, "Not connected to " + address + ": " + Failures.message(error));
        } else if (error != null && Failures.cause(error) instanceof ClusterException refused) {
            // the launcher's own sentence says what is wrong and what to give instead
            show(Tone.ERROR, "Not connected: " + refused.getMessage() + " " + kept());
        } else if (error != null) {
            Throwable cause = Failures.cause(error);
            show(Tone.ERROR, "Cannot reach " + address + ": " + cause.getMessage() + ". Check the address, that the"
                    + " brokers run and that this machine may reach them. " + kept());
        } else {
            recent.remember(new RecentConnections.Recent(address, zk.isEmpty() ? Optional.empty() : Optional.of(zk)));
            showRecent();
            show(Tone.SUCCESS, connected(address, zk));
        }
    }

    /**
     * Gives up the attempt under way: its answer, when it comes, changes nothing here, and the session drops the
     * connection it may be opening (a ZooKeeper given may still be answering), so the views keep what they show.
     */
    public void cancel() {
        if (!busy.get()) {
            return;
        }
        attempts++;
        forgetPending.run();
        busy.set(false);
        show(Tone.NEUTRAL, "Cancelled. " + kept());
    }

    /** The session closes the shown connection only once a new one has answered, so a failed attempt loses nothing. */
    private String kept() {
        if (shownNow == null) {
            return "No cluster was open before, and none is now.";
        }
        return shownNow.local() ? "The workspace's cluster (" + shownNow.bootstrapServers() + ") stays open and shown."
                : "The connection to " + shownNow.bootstrapServers() + " stays open and shown.";
    }

    /** A remembered bootstrap chosen again: its ZooKeeper (or none) comes with it. */
    public void recall(String bootstrapServers) {
        recent.list().stream().filter(r -> r.bootstrapServers().equals(bootstrapServers)).findFirst()
                .ifPresent(r -> zookeeper.set(r.zookeeper().orElse("")));
    }

    /**
     * As Kafka's and ZooKeeper's clients read a list: spaces around commas, empty entries and repeated hosts are no
     * error ({@code kafka1:9092, kafka2:9092,} is fine), so they are dropped rather than refused.
     */
    static String tidy(String typed) {
        if (typed == null) {
            return "";
        }
        return Arrays.stream(typed.trim().split("\\s*,\\s*")).filter(s -> !s.isEmpty()).distinct()
                .collect(Collectors.joining(","));
    }

    private void showRecent() {
        recentBootstraps.setAll(recent.list().stream().map(RecentConnections.Recent::bootstrapServers).toList());
    }

    private void show(Tone kind, String text) {
        tone.set(kind);
        status.set(text);
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
        shownNow = connection;
        if (busy.get()) {
            return;
        }
        if (connection == null || connection.local()) {
            show(Tone.NEUTRAL, NOT_CONNECTED);
        } else {
            show(Tone.SUCCESS, connected(connection.bootstrapServers(), connection.zookeeper().orElse("")));
        }
    }

    public StringProperty bootstrapProperty() {
        return bootstrap;
    }

    /** Optional: with it, leader and ISR changes come as they happen instead of by polling. */
    public StringProperty zookeeperProperty() {
        return zookeeper;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The bootstrap servers connected to lately, newest first. */
    public ObservableList<String> recentBootstraps() {
        return FXCollections.unmodifiableObservableList(recentBootstraps);
    }
}
