package io.brokerlab.app.connections;

import io.brokerlab.app.topics.LauncherTopicSource;
import io.brokerlab.app.topics.TopicRow;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An external cluster opened by its bootstrap servers: no process control, only what Kafka itself reports
 * (topics, partitions, ISR). FX thread, except where said.
 */
public final class ConnectionsViewModel {

    private final Executor background;
    private final Executor fx;
    private final Function<String, TopicSourceHandle> sources;
    private final StringProperty bootstrap = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("Not connected");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty connected = new SimpleStringProperty("");
    private final ObservableList<TopicRow> topics = FXCollections.observableArrayList();
    private TopicSourceHandle current;

    /** A topic source that can be closed, so a new connection releases the old client. */
    public interface TopicSourceHandle extends AutoCloseable {
        List<TopicInfo> describeAll();

        @Override
        void close();
    }

    public ConnectionsViewModel(Executor background, Executor fx, Function<String, TopicSourceHandle> sources) {
        this.background = background;
        this.fx = fx;
        this.sources = sources;
    }

    /** Over the launcher's topic service. */
    public static Function<String, TopicSourceHandle> launcherSources() {
        return address -> {
            LauncherTopicSource source = new LauncherTopicSource(address);
            return new TopicSourceHandle() {
                @Override
                public List<TopicInfo> describeAll() {
                    return source.describeAll();
                }

                @Override
                public void close() {
                    source.close();
                }
            };
        };
    }

    public CompletableFuture<Void> connect() {
        String address = bootstrap.get() == null ? "" : bootstrap.get().trim();
        if (address.isEmpty() || !address.matches("[^\\s,]+:\\d+(,[^\\s,]+:\\d+)*")) {
            status.set("Bootstrap servers are host:port pairs separated by commas, e.g. kafka1:9092,kafka2:9092");
            return CompletableFuture.completedFuture(null);
        }
        if (current != null) {
            TopicSourceHandle old = current;
            background.execute(old::close);
        }
        TopicSourceHandle source = sources.apply(address);
        current = source;
        busy.set(true);
        status.set("Connecting to " + address + "…");
        return CompletableFuture.supplyAsync(source::describeAll, background).handleAsync((described, error) -> {
            busy.set(false);
            if (source != current) {
                return null;
            }
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                status.set("Cannot reach " + address + ": " + cause.getMessage());
                topics.clear();
                connected.set("");
            } else {
                Set<Integer> brokers = new HashSet<>();
                for (TopicInfo t : described) {
                    for (PartitionInfo p : t.partitions()) {
                        brokers.addAll(p.isr());
                    }
                }
                // no process view of an external cluster: a broker counts as live if it is in some ISR
                topics.setAll(described.stream().map(t -> TopicRow.of(t, brokers)).toList());
                connected.set(address);
                status.set("Connected to " + address + " · " + described.size() + " topics · " + brokers.size()
                        + " brokers in sync");
            }
            return null;
        }, fx);
    }

    public StringProperty bootstrapProperty() {
        return bootstrap;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The address of the open connection, empty when none. */
    public StringProperty connectedProperty() {
        return connected;
    }

    public ObservableList<TopicRow> topics() {
        return topics;
    }
}
