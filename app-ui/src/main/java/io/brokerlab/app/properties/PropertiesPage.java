package io.brokerlab.app.properties;

import io.brokerlab.app.AppView;
import io.brokerlab.app.Connection;
import io.brokerlab.app.Session;
import io.brokerlab.launcher.admin.BrokerConfigEntry;
import io.brokerlab.launcher.admin.BrokerConfigService;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.config.ConfigCatalog;
import io.brokerlab.launcher.config.NodeKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;

/**
 * The Properties entry: a workspace's properties files ({@link PropertiesView}), or, for an external cluster whose
 * files are elsewhere, what its brokers report ({@link ExternalConfigsView}).
 */
public final class PropertiesPage implements AppView {

    private final PropertiesView files;
    private final ExternalConfigsViewModel external;
    private final ExternalConfigsView externalView;
    private final StackPane root = new StackPane();
    private final Session session;
    private final Map<KeyCombination, Runnable> keys = Map.of(
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
    private AdminSource admin;

    public PropertiesPage(Session session, BiConsumer<String, Throwable> errors) {
        this.session = session;
        this.files = new PropertiesView(session, errors);
        this.external = new ExternalConfigsViewModel(session.background(), session.fx());
        // building Kafka's definitions takes about a second: never on the FX thread
        CompletableFuture<ConfigCatalog> catalog = CompletableFuture.supplyAsync(() -> ConfigCatalog.of(NodeKind.BROKER),
                session.background());
        this.externalView = new ExternalConfigsView(external, key -> {
            ConfigCatalog known = catalog.getNow(null);
            return known == null ? "Kafka's documentation of " + key + " is still loading; select it again in a moment."
                    : known.info(key).describe();
        });
        Node externalRoot = externalView.root();
        session.clusterStateProperty().addListener((o, a, state) -> {
            if (state != null && state.reachable() && admin != null) {
                external.brokers(state.brokers().keySet());
            }
        });
        Runnable attach = () -> {
            Connection c = session.connectionProperty().get();
            if (admin != null) {
                session.background().execute(admin::close);
                admin = null;
            }
            boolean remote = showsExternal();
            if (remote) {
                admin = new AdminSource(c.bootstrapServers());
            }
            external.attach(admin);
            root.getChildren().setAll(remote ? externalRoot : files.root());
        };
        session.connectionProperty().addListener(o -> attach.run());
        attach.run();
    }

    /** The admin client is made on first use, on a background thread. */
    private static final class AdminSource implements ExternalConfigsViewModel.Source, AutoCloseable {
        private final String bootstrapServers;
        private BrokerConfigService service;
        private boolean closed;

        AdminSource(String bootstrapServers) {
            this.bootstrapServers = bootstrapServers;
        }

        private synchronized BrokerConfigService service() {
            if (closed) {
                throw new IllegalStateException("this cluster is no longer shown");
            }
            if (service == null) {
                service = new BrokerConfigService(KafkaClients.admin(bootstrapServers));
            }
            return service;
        }

        @Override
        public List<BrokerConfigEntry> describe(int broker) {
            return service().describe(broker);
        }

        @Override
        public void alter(int broker, Map<String, String> set, Set<String> remove) {
            service().alter(broker, set, remove);
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (service != null) {
                service.close();
            }
        }
    }

    /** Before another cluster replaces the workspace: unsaved edits of its files are saved, dropped or kept. */
    public CompletableFuture<Boolean> leave() {
        Connection c = session.connectionProperty().get();
        return c == null || c.local() ? files.leave() : CompletableFuture.completedFuture(true);
    }

    /** Ctrl+S: saves the workspace file shown, or applies the external broker's config being edited. */
    public void save() {
        Connection c = session.connectionProperty().get();
        if (c == null || c.local()) {
            files.saveIfEnabled();
        } else if (external.canApply()) {
            external.apply();
        }
    }

    public PropertiesView files() {
        return files;
    }

    public ExternalConfigsViewModel external() {
        return external;
    }

    @Override
    public String title() {
        return files.title();
    }

    @Override
    public Ikon icon() {
        return files.icon();
    }

    @Override
    public Node root() {
        return root;
    }

    /** The form holds an editor for each of Kafka's hundreds of keys: their first styling takes about a second. */
    @Override
    public boolean slowFirstShow() {
        return true;
    }

    @Override
    public Map<KeyCombination, Runnable> keys() {
        return keys;
    }

    /** An external cluster's broker configs are shown, not a workspace's files. */
    private boolean showsExternal() {
        Connection c = session.connectionProperty().get();
        return c != null && !c.local();
    }

    @Override
    public void focusSearch() {
        if (showsExternal()) {
            externalView.focusSearch();
        } else {
            files.focusSearch();
        }
    }

    @Override
    public void shown() {
        if (showsExternal()) {
            external.load();
        } else {
            files.shown();
        }
    }
}
