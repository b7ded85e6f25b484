package io.brokerlab.app.properties;

import io.brokerlab.app.ui.Failures;
import io.brokerlab.launcher.admin.BrokerConfigEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * An external cluster's broker configs: its server.properties are not here, so the broker says what it runs with,
 * and dynamic configs change at once without a restart. FX thread; reads and writes run on {@code background}.
 */
public final class ExternalConfigsViewModel {

    /** The broker configs of one cluster; blocking, called on the background executor only. */
    public interface Source {
        List<BrokerConfigEntry> describe(int broker);

        void alter(int broker, Map<String, String> set, Set<String> remove);
    }

    private static final int SETTLE_ATTEMPTS = 20;
    private static final long SETTLE_PAUSE_MILLIS = 250;

    private final Executor background;
    private final Executor fx;
    private final ObservableList<Integer> brokers = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> broker = new SimpleObjectProperty<>();
    private final ObservableList<BrokerConfigEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<BrokerConfigEntry> shown = new FilteredList<>(entries);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<BrokerConfigEntry> selected = new SimpleObjectProperty<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Source source;

    public ExternalConfigsViewModel(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        search.addListener((o, a, text) -> {
            String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            shown.setPredicate(e -> needle.isEmpty() || e.name().contains(needle));
        });
        broker.addListener((o, a, b) -> load());
        selected.addListener((o, a, e) -> value.set(e == null || e.value() == null ? "" : e.value()));
    }

    /** A new cluster (null: none); its brokers come with {@link #brokers(Set)}. */
    public void attach(Source newSource) {
        source = newSource;
        entries.clear();
        brokers.clear();
        broker.set(null);
        status.set("");
    }

    /** The registered brokers, from the cluster state; keeps the chosen one while it stays registered. */
    public void brokers(Set<Integer> ids) {
        List<Integer> sorted = ids.stream().sorted().toList();
        if (!sorted.equals(brokers)) {
            brokers.setAll(sorted);
        }
        if ((broker.get() == null || !sorted.contains(broker.get())) && !sorted.isEmpty()) {
            broker.set(sorted.get(0));
        }
    }

    /** Reads the chosen broker's configs again. */
    public CompletableFuture<Void> load() {
        Source s = source;
        Integer id = broker.get();
        if (s == null || id == null) {
            entries.clear();
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        return CompletableFuture.supplyAsync(() -> s.describe(id), background).handleAsync((read, error) -> {
            if (s != source || !id.equals(broker.get())) {
                return null;
            }
            busy.set(false);
            if (error != null) {
                status.set("Cannot read the configs of broker " + id + ": " + cause(error).getMessage());
            } else {
                String key = selected.get() == null ? null : selected.get().name();
                entries.setAll(read);
                selected.set(key == null ? null : read.stream().filter(e -> e.name().equals(key)).findFirst().orElse(null));
                long dynamic = read.stream().filter(e -> e.source().startsWith("DYNAMIC")).count();
                status.set(read.size() + " configs of broker " + id + " · " + dynamic + " set dynamically");
            }
            return null;
        }, fx);
    }

    /** Sets the selected config to {@link #valueProperty()} on the chosen broker, without a restart. */
    public CompletableFuture<Void> apply() {
        BrokerConfigEntry entry = selected.get();
        if (entry == null) {
            return CompletableFuture.completedFuture(null);
        }
        String v = value.get() == null ? "" : value.get().trim();
        if (entry.sensitive() && v.isEmpty()) {
            // Kafka never sends a secret's value: an empty field is not a wish to blank it
            status.set("Type the new value of " + entry.name() + " first: the broker never shows a secret's value");
            return CompletableFuture.completedFuture(null);
        }
        return change(entry, Map.of(entry.name(), v), Set.of(), entry.name() + (entry.sensitive() ? " (secret)" : " = " + v));
    }

    /** Removes the selected config's dynamic value: the broker's file or Kafka's default applies again. */
    public CompletableFuture<Void> reset() {
        BrokerConfigEntry entry = selected.get();
        if (entry == null) {
            return CompletableFuture.completedFuture(null);
        }
        // a per-broker value removed may leave a cluster-wide one in effect, not the file's
        return change(entry, Map.of(), Set.of(entry.name()), entry.name() + " reset (a cluster-wide value, else"
                + " server.properties or Kafka's default, applies)");
    }

    /** Whether Apply (or Enter, or Ctrl+S) would do something now: a config chosen that a running broker takes. */
    public boolean canApply() {
        return selected.get() != null && !selected.get().readOnly() && !busy.get();
    }

    private CompletableFuture<Void> change(BrokerConfigEntry entry, Map<String, String> set, Set<String> remove,
                                           String what) {
        Source s = source;
        Integer id = broker.get();
        if (s == null || id == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (entry.readOnly()) {
            status.set(entry.name() + " is read-only while the broker runs: it changes only in the broker's"
                    + " server.properties, with a restart");
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        status.set("Changing " + what + " on broker " + id + "…");
        return CompletableFuture.runAsync(() -> s.alter(id, set, remove), background).handleAsync((ok, error) -> {
            busy.set(false);
            if (error != null) {
                status.set("Broker " + id + " refused " + what + ": " + cause(error).getMessage());
                return CompletableFuture.<Void>completedFuture(null);
            }
            return settle(s, id, entry.name(), set.get(entry.name()), SETTLE_ATTEMPTS).thenAccept(shows -> {
                if (s == source && id.equals(broker.get())) {
                    status.set("Broker " + id + (shows ? ": " + what + ", in effect now (no restart)"
                            : " accepted " + what + " but does not show it yet: reload in a moment"));
                }
            });
        }, fx).thenCompose(next -> next);
    }

    /**
     * Reads the configs again until {@code key} shows the change: in ZooKeeper mode the broker applies a dynamic
     * config when ZooKeeper notifies it, a moment after the request was accepted. {@code value} null: removed.
     */
    private CompletableFuture<Boolean> settle(Source s, Integer id, String key, String value, int attemptsLeft) {
        if (s != source || !id.equals(broker.get())) {
            return CompletableFuture.completedFuture(false);
        }
        return load().thenCompose(ignored -> {
            boolean shows = entries.stream().filter(e -> e.name().equals(key)).findFirst()
                    .map(e -> value == null ? !e.source().equals("DYNAMIC_BROKER_CONFIG")
                            : e.sensitive() ? e.source().equals("DYNAMIC_BROKER_CONFIG") : value.equals(e.value()))
                    .orElse(true);
            if (shows || attemptsLeft <= 1) {
                return CompletableFuture.completedFuture(shows);
            }
            return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(SETTLE_PAUSE_MILLIS,
                    TimeUnit.MILLISECONDS, fx)).thenCompose(next -> settle(s, id, key, value, attemptsLeft - 1));
        });
    }

    private static Throwable cause(Throwable error) {
        return Failures.cause(error);
    }

    public ObservableList<Integer> brokers() {
        return brokers;
    }

    public ObjectProperty<Integer> brokerProperty() {
        return broker;
    }

    /** The configs matching the search, by name. */
    public ObservableList<BrokerConfigEntry> entries() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<BrokerConfigEntry> selectedProperty() {
        return selected;
    }

    /** The value being edited for the selected config. */
    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
