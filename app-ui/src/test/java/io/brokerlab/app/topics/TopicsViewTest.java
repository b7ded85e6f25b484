package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.app.Session;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.app.cluster.NodeActions;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicConfigEntry;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.testing.TestClusters;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class TopicsViewTest {

    @TempDir
    Path temp;

    private final List<TopicInfo> topics = new CopyOnWriteArrayList<>();
    private final Map<String, String> cleanupPolicies = new ConcurrentHashMap<>();
    /** Any call the view makes of the cluster, answered from the fields above; blocking, as the real one is. */
    private final TopicSource source = (TopicSource) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {TopicSource.class}, (proxy, method, args) -> switch (method.getName()) {
                case "describeAll" -> List.copyOf(topics);
                case "describe" -> new TopicInfo((String) args[0], false, List.of(), List.of(new TopicConfigEntry(
                        "cleanup.policy", cleanupPolicies.getOrDefault((String) args[0], "delete"), false,
                        "DYNAMIC_TOPIC_CONFIG")));
                case "delete" -> {
                    topics.removeIf(t -> t.name().equals(args[0]));
                    yield null;
                }
                case "brokerConfig" -> Optional.empty();
                case "endOffsets" -> Map.of();
                default -> null;
            });
    private Session session;

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            UiTestSupport.onFx(session::close);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aCompactedTopicIsTaggedInTheListAndBesideItsName() throws Exception {
        TopicsView view = shownWith(Map.of("users", "compact", "sessions", "compact,delete"), "orders", "sessions",
                "users");

        UiTestSupport.waitFor(10, "the tags of the compacted topics", () -> tags(view).equals(Map.of("orders", false,
                "sessions", true, "users", true)));
        UiTestSupport.onFx(() -> {
            TopicNameCell users = nameCell(view, "users");
            assertThat(users.getGraphic().lookupAll(".label")).extracting(n -> ((Label) n).getText())
                    .containsExactly("users", "compacted");
            assertThat(users.getTooltip().getText()).startsWith("cleanup.policy=compact: Kafka keeps at least the"
                    + " latest message of each key").doesNotContain("retention.ms");
            assertThat(nameCell(view, "sessions").getTooltip().getText()).startsWith("cleanup.policy=compact,delete:")
                    .contains("older than retention.ms are also deleted");
            assertThat(nameCell(view, "orders").getTooltip()).isNull();

            Node tag = view.root().lookup("#topic-compacted");
            assertThat(view.model().selectedProperty().get()).isEqualTo("orders");
            assertThat(tag.isVisible()).isFalse();
            assertThat(tag.isManaged()).as("no gap beside the name").isFalse();
            view.model().selectedProperty().set("users");
            assertThat(tag.isVisible()).isTrue();
            assertThat(((Label) tag).getTooltip().getText()).startsWith("cleanup.policy=compact:");
        });
    }

    @Test
    void aDeletedTopicIsSaidOverTheListNotUnderTheTopicShownNext() throws Exception {
        TopicsView view = shownWith(Map.of(), "alpha", "orders");
        UiTestSupport.waitFor(10, "alpha shown", () -> "alpha".equals(view.model().selectedProperty().get()));

        UiTestSupport.onFx(() -> view.model().delete("alpha"));
        UiTestSupport.waitFor(10, "the notice", () -> ((Label) view.root().lookup("#topics-notice")).getText()
                .equals("Deleted alpha"));
        UiTestSupport.onFx(() -> view.model().refresh());
        UiTestSupport.waitFor(10, "the next topic shown", () -> view.model().detailProperty().get() != null
                && view.model().detailProperty().get().name().equals("orders"));
        UiTestSupport.onFx(() -> {
            Label notice = (Label) view.root().lookup("#topics-notice");
            assertThat(notice.isVisible()).isTrue();
            assertThat(((Label) view.root().lookup("#topic-action-status")).getText()).as("nothing under orders")
                    .isEmpty();
            assertThat(((Label) view.root().lookup("#topic-title")).getText()).isEqualTo("orders");
        });
    }

    /** The view on a scene, its model on {@link #source} with three live brokers and {@code names}' topics. */
    private TopicsView shownWith(Map<String, String> policies, String... names) throws Exception {
        cleanupPolicies.putAll(policies);
        for (String name : names) {
            topics.add(new TopicInfo(name, false, List.of(new PartitionInfo(0, 1, List.of(1, 2, 3),
                    List.of(1, 2, 3))), List.of()));
        }
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 3));
        cluster.up();
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<TopicsView> view = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            session = new Session(Platform::runLater);
            TopicsView topicsView = new TopicsView(session, (what, error) -> { }, NodeActions.NONE);
            topicsView.model().attach(source, List.of(1, 2, 3));
            topicsView.model().apply(cluster.snapshot());
            Scene scene = new Scene((javafx.scene.Parent) topicsView.root(), 1200, 700);
            scene.getStylesheets().add(TopicsView.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            view.set(topicsView);
        });
        return view.get();
    }

    /** Whether each listed topic's name cell shows the tag. FX thread. */
    private static Map<String, Boolean> tags(TopicsView view) {
        Map<String, Boolean> tagged = new java.util.TreeMap<>();
        view.root().lookupAll(".table-cell").stream().filter(TopicNameCell.class::isInstance)
                .map(n -> (TopicNameCell) n).filter(c -> !c.isEmpty() && c.getItem() != null)
                .forEach(c -> tagged.put(c.getItem().name(), c.getGraphic() != null && c.getGraphic().isVisible()));
        return tagged;
    }

    private static TopicNameCell nameCell(TopicsView view, String topic) {
        return view.root().lookupAll(".table-cell").stream().filter(TopicNameCell.class::isInstance)
                .map(n -> (TopicNameCell) n).filter(c -> !c.isEmpty() && c.getItem() != null
                        && c.getItem().name().equals(topic)).findFirst().orElseThrow();
    }
}
