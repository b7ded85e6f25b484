package io.brokerlab.app.console;

import io.brokerlab.app.AppView;
import io.brokerlab.app.Connection;
import io.brokerlab.app.Session;
import io.brokerlab.app.ui.SteadyShare;
import io.brokerlab.app.ui.Throttle;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** Publish on the left; the live tail (virtualized table, bounded) with a detail pane on the right. */
public final class ConsoleView implements AppView {

    /**
     * A flood of messages redraws the table four times a second: still live to the eye, and each redraw is a
     * repaint that, without a GPU, costs the render thread tens of milliseconds of the CPU the cluster also needs.
     */
    private static final Duration TABLE_REFRESH = Duration.ofMillis(250);

    private final Session session;
    private final ConsoleViewModel model;
    private final SplitPane root = new SplitPane();
    private final TailPane tail;
    private Runnable onShown = () -> { };

    public ConsoleView(Session session, ObservableList<String> topicNames) {
        this.session = session;
        this.model = new ConsoleViewModel(session.background(), session.fx(),
                new Throttle(session.pulse(), session.scheduler(), TABLE_REFRESH));
        session.connectionProperty().addListener((o, a, c) -> attach());
        // the launcher's snapshot says which brokers run, the state watcher whether an external cluster answers
        for (Observable source : List.of(session.connectionProperty(), session.snapshotProperty(),
                session.clusterStateProperty())) {
            source.addListener(o -> brokersChanged());
        }
        // a partition the topic lacks is refused before the running tail is stopped
        model.tail().knownPartitionCounts(t -> {
            var state = session.clusterStateProperty().get();
            var topic = state == null || !state.reachable() ? null : state.topics().get(t);
            return topic == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(topic.partitions().size());
        });
        ListChangeListener<String> copy = c -> {
            if (!model.topics().equals(topicNames)) {
                model.topics().setAll(topicNames);
            }
            if (model.topicProperty().get() == null && !topicNames.isEmpty()) {
                model.topicProperty().set(topicNames.get(0));
            }
        };
        topicNames.addListener(copy);
        attach();
        brokersChanged();
        tail = new TailPane(model);
        root.getItems().setAll(new PublishPane(model).root(), tail.root());
        SteadyShare.keep(root, 0.3);
    }

    private void brokersChanged() {
        Connection c = session.connectionProperty().get();
        model.noBrokerProperty().set(c == null ? null : NoBroker.reason(c.local(), c.bootstrapServers(),
                session.snapshotProperty().get(), session.clusterStateProperty().get()));
        ClusterSnapshot snapshot = c == null || !c.local() ? null : session.snapshotProperty().get();
        model.quorumLost(snapshot == null ? null : snapshot.quorumLoss().orElse(null));
    }

    private void attach() {
        var c = session.connectionProperty().get();
        model.attach(c == null ? null : Messaging.launcher(c.bootstrapServers()));
        // the names come again from the new cluster's topics
        model.topicProperty().set(null);
    }

    /** E.g. to refresh the topic names when the console comes up. */
    public void onShown(Runnable action) {
        this.onShown = action;
    }

    @Override
    public void shown() {
        onShown.run();
    }

    public ConsoleViewModel model() {
        return model;
    }

    /** Ctrl+F: the filter of the tailed messages, its text selected so that typing replaces it. */
    @Override
    public void focusSearch() {
        tail.focusFilter();
    }

    @Override
    public Map<KeyCombination, Runnable> keys() {
        return tail.keys();
    }

    @Override
    public String title() {
        return "Console";
    }

    @Override
    public Ikon icon() {
        return Feather.MESSAGE_SQUARE;
    }

    @Override
    public Node root() {
        return root;
    }
}
