package io.brokerlab.app;

import io.brokerlab.app.charts.ChartsView;
import io.brokerlab.app.cluster.ClusterViewModel;
import io.brokerlab.app.cluster.NodeActions;
import io.brokerlab.app.connections.ConnectionsView;
import io.brokerlab.app.console.ConsoleView;
import io.brokerlab.app.properties.PropertiesPage;
import io.brokerlab.app.timeline.TimelineView;
import io.brokerlab.app.topics.TopicRow;
import io.brokerlab.app.topics.TopicsView;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The views after Cluster, in sidebar order. */
final class ViewRegistry {

    private ViewRegistry() {
    }

    /**
     * {@code openWorkspace}: shows a workspace folder again, saying why if it cannot; {@code nodes}: the local
     * cluster's node actions for views that show nodes without their cards; {@code clusterSelection}: the node selected
     * in the Cluster view, whose file Properties shows once the user picks one.
     */
    static Extras extraViews(Session session, BiConsumer<String, Throwable> errors, Consumer<Path> openWorkspace,
            NodeActions nodes, ObservableValue<NodeId> clusterSelection) {
        List<AppView> views = new ArrayList<>();
        PropertiesPage properties = new PropertiesPage(session, errors);
        // from none it is the default selection of a cluster just shown: Properties keeps its own (the first broker)
        clusterSelection.addListener((o, was, node) -> {
            if (was != null) {
                properties.files().follow(node);
            }
        });
        views.add(properties);
        TopicsView topics = new TopicsView(session, errors, nodes);
        views.add(topics);
        // the console offers the topics the Topics view knows, without a second metadata client
        ObservableList<String> names = FXCollections.observableArrayList();
        topics.model().topics().addListener((ListChangeListener<TopicRow>) c -> {
            List<String> now = topics.model().topics().stream().filter(t -> !t.internal()).map(TopicRow::name).toList();
            if (!now.equals(names)) {
                names.setAll(now);
            }
        });
        ConsoleView console = new ConsoleView(session, names);
        console.onShown(topics.model()::refresh);
        // a producer that sent to a topic would have the brokers create it again right after its delete
        topics.model().beforeDelete(console.model()::topicDeleting);
        views.add(console);
        TimelineView timeline = new TimelineView(session);
        // both show the session's cluster: a leader moved in Topics is the cause the timeline times changes from
        topics.model().onUserAction(action -> timeline.model().acceptUserAction(action));
        topics.model().topics().addListener((ListChangeListener<TopicRow>) c ->
                timeline.model().acceptTopicRows(List.copyOf(topics.model().topics()), Instant.now()));
        views.add(timeline);
        views.add(new ChartsView(session));
        // unsaved edits of the workspace's files are saved, dropped or kept before an external cluster replaces it
        views.add(new ConnectionsView(session, openWorkspace, (bootstrap, zookeeper) -> properties.leave()
                .thenCompose(go -> go ? session.connect(bootstrap, zookeeper)
                        : CompletableFuture.failedFuture(new CancellationException("the unsaved properties were kept")))));
        return new Extras(views, topics.model().topics(), properties.files().model().restartsAwaited(),
                properties.files().model().restartingProperty(), (node, action) -> timeline.model().nodeActionAsked(
                        node, switch (action) {
                            case START -> NodeState.STARTING;
                            case RESUME -> NodeState.RUNNING;
                            case PAUSE -> NodeState.PAUSED;
                            case STOP, RESTART, KILL -> NodeState.STOPPING;
                        }, action == ClusterViewModel.Action.KILL, Instant.now()));
    }

    /**
     * @param topicRows the topics as the Topics view counts them, changing at most once a pulse, whatever view is
     *                  open: what the window's notices say of the cluster's health
     * @param restartsAwaited the nodes whose files wait for a restart, with why (Properties), for their cards
     * @param restarting      true while nodes restart to take their saved settings (Properties): partitions losing
     *                        a replica meanwhile is what was asked for, and that view says how it goes
     * @param nodeActionAsked  told of each node action the Cluster view is asked for: the timeline times its effects
     *                        from the request, before the launcher notices the node's new state
     */
    record Extras(List<AppView> views, ObservableList<TopicRow> topicRows,
            ObservableMap<NodeId, String> restartsAwaited, ReadOnlyBooleanProperty restarting,
            BiConsumer<NodeId, ClusterViewModel.Action> nodeActionAsked) {
    }
}
