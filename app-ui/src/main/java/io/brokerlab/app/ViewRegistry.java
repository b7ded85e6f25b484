package io.brokerlab.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** The views after Cluster, in sidebar order. */
final class ViewRegistry {

    private ViewRegistry() {
    }

    static List<AppView> extraViews(Session session, BiConsumer<String, Throwable> errors) {
        List<AppView> views = new ArrayList<>();
        views.add(new io.brokerlab.app.properties.PropertiesView(session, errors));
        io.brokerlab.app.topics.TopicsView topics = new io.brokerlab.app.topics.TopicsView(session, errors);
        views.add(topics);
        javafx.collections.ObservableList<String> names = javafx.collections.FXCollections.observableArrayList();
        topics.model().topics().addListener((javafx.collections.ListChangeListener<io.brokerlab.app.topics.TopicRow>) c -> {
            java.util.List<String> now = topics.model().topics().stream().filter(t -> !t.internal())
                    .map(io.brokerlab.app.topics.TopicRow::name).toList();
            if (!now.equals(names)) {
                names.setAll(now);
            }
        });
        io.brokerlab.app.console.ConsoleView console = new io.brokerlab.app.console.ConsoleView(session, names);
        console.onShown(topics.model()::refresh);
        views.add(console);
        views.add(new io.brokerlab.app.timeline.TimelineView(session));
        views.add(new io.brokerlab.app.charts.ChartsView(session));
        views.add(new io.brokerlab.app.connections.ConnectionsView(session, address -> console.useBootstrap(address)));
        return views;
    }
}
