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
        return views;
    }
}
