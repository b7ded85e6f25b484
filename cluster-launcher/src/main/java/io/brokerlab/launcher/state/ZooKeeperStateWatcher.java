package io.brokerlab.launcher.state;

import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.Subscription;
import io.brokerlab.launcher.cluster.ZooKeeperClients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.cache.ChildData;
import org.apache.curator.framework.recipes.cache.CuratorCache;
import org.apache.curator.framework.recipes.cache.CuratorCacheListener;
import org.apache.curator.framework.state.ConnectionState;

/**
 * Cluster state from ZooKeeper, event-driven: Curator caches over {@code /brokers} (broker
 * registrations, topics, partition states), {@code /controller} and {@code /config/topics} (topic
 * config overrides, for each topic's min.insync.replicas). Every cache callback and connection
 * change runs on the publisher's owning thread, which rebuilds the state from the caches and
 * publishes the diff at once.
 *
 * <p>Connection loss (SUSPENDED, LOST) makes the state unreachable since that moment. On
 * (RE)CONNECTED the caches are thrown away and rebuilt, which re-reads every znode and sets
 * fresh watches; the state is reachable again only once that read is complete.
 *
 * <p>ZooKeeper roles and the quorum: a local ensemble's from the launcher's nodes, an external one's by asking each
 * server ({@link ZooKeeperRoles}).
 */
final class ZooKeeperStateWatcher implements ClusterStateWatcher {

    private static final String BROKERS = "/brokers";
    private static final String CONTROLLER = "/controller";
    private static final String TOPIC_CONFIGS = "/config/topics";
    /** Topics marked for deletion, whose replicas the controller then takes offline: no outage to report. */
    private static final String DELETE_TOPICS = "/admin/delete_topics";
    private static final List<String> WATCHED = List.of(BROKERS, CONTROLLER, TOPIC_CONFIGS, DELETE_TOPICS);

    private final CuratorFramework client;
    private final StatePublisher publisher;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Subscription launcherNodes;
    /** An external ensemble's roles, asked of each server; null for a local one (the launcher's nodes tell). */
    private final ZooKeeperRoles externalRoles;

    // Owned by the publisher's thread.
    private final List<CuratorCache> caches = new ArrayList<>();
    private int generation;
    private int cachesLoading;
    private boolean everRead;
    private boolean rebuildQueued;
    /**
     * The topics' own min.insync.replicas, parsed only when a config znode changes: partition states change far more
     * often than configs, and every rebuild would parse them all again.
     */
    private Map<String, Integer> minInsyncReplicas = Map.of();

    private ZooKeeperStateWatcher(String connect, Optional<LocalCluster> cluster) {
        List<NodeView> nodes = cluster.map(c -> nodeViews(c.snapshot())).orElse(List.of());
        this.publisher = new StatePublisher(ClusterState.notYetRead(ClusterState.Source.ZOOKEEPER, Instant.now(), nodes),
                "brokerlab-state");
        this.launcherNodes = cluster
                .map(c -> c.addListener(Runnable::run, (previous, current, snapshot) -> nodesChanged(snapshot)))
                .orElse(() -> { });
        this.externalRoles = cluster.isPresent() ? null : new ZooKeeperRoles(connect, this::nodesChanged);
        this.client = ZooKeeperClients.create(connect);
        client.getConnectionStateListenable().addListener((c, state) -> connectionChanged(state), publisher.owner());
        client.start();
    }

    static ZooKeeperStateWatcher forLocal(LocalCluster cluster) {
        return new ZooKeeperStateWatcher(cluster.workspace().zookeeperConnect(), Optional.of(cluster));
    }

    /**
     * A cluster run elsewhere, once its ZooKeeper at {@code connect} has answered and proved to be the one of the
     * brokers at {@code bootstrapServers} (waits up to {@link SameClusterCheck#TIMEOUT} for each; not on a UI thread).
     *
     * @throws io.brokerlab.launcher.cluster.ClusterException when it is not, with nothing left open
     */
    static ZooKeeperStateWatcher forExternal(String bootstrapServers, String connect) {
        ZooKeeperStateWatcher watcher = new ZooKeeperStateWatcher(connect, Optional.empty());
        try {
            SameClusterCheck.require(watcher.client, connect, bootstrapServers);
            return watcher;
        } catch (RuntimeException e) {
            watcher.close();
            throw e;
        }
    }

    @Override
    public ClusterState current() {
        return publisher.current();
    }

    @Override
    public Subscription addListener(Executor executor, ClusterStateListener listener) {
        return publisher.addListener(executor, listener);
    }

    private void nodesChanged(ClusterSnapshot snapshot) {
        nodesChanged(nodeViews(snapshot));
    }

    private void nodesChanged(List<NodeView> nodes) {
        // One launcher refresh reports each changed node separately, all with the same snapshot; roles are re-read
        // every few seconds: only a difference is news.
        publisher.submit(state -> state.nodes().equals(nodes) ? state : state.withNodes(Instant.now(), nodes));
    }

    private static List<NodeView> nodeViews(ClusterSnapshot snapshot) {
        return snapshot.nodes().stream().map(NodeView::of).toList();
    }

    private void connectionChanged(ConnectionState state) {
        switch (state) {
            case CONNECTED, RECONNECTED -> openCaches();
            case SUSPENDED, LOST -> {
                closeCaches();
                Instant since = Instant.now();
                publisher.submit(s -> s.unreachable(since));
            }
            case READ_ONLY -> { }
        }
    }

    private void openCaches() {
        closeCaches();
        int current = ++generation;
        cachesLoading = WATCHED.size();
        for (String path : WATCHED) {
            CuratorCache cache = CuratorCache.build(client, path);
            // a config change that leaves every min.insync.replicas as it was (retention.ms, say) is no new state
            BooleanSupplier read = path.equals(TOPIC_CONFIGS) ? () -> topicConfigsChanged(current, cache) : () -> true;
            cache.listenable().addListener(CuratorCacheListener.builder()
                    .forAll((type, before, after) -> {
                        if (read.getAsBoolean()) {
                            cacheChanged(current);
                        }
                    })
                    .forInitialized(() -> {
                        read.getAsBoolean();
                        cacheLoaded(current);
                    })
                    .afterInitialized()
                    .build(), publisher.owner());
            caches.add(cache);
            cache.start();
        }
    }

    private void closeCaches() {
        caches.forEach(CuratorCache::close);
        caches.clear();
        generation++;
    }

    /** Re-reads the topics' min.insync.replicas; true when one of them changed. */
    private boolean topicConfigsChanged(int cacheGeneration, CuratorCache cache) {
        if (cacheGeneration != generation) {
            return false;
        }
        Map<String, Integer> read = KafkaZnodes.minInsyncReplicas(cache.stream().toList());
        boolean changed = !read.equals(minInsyncReplicas);
        minInsyncReplicas = read;
        return changed;
    }

    private void cacheLoaded(int cacheGeneration) {
        if (cacheGeneration == generation && --cachesLoading == 0) {
            rebuild();
        }
    }

    /** Queues one rebuild for a burst of changes (a topic's creation touches many znodes). */
    private void cacheChanged(int cacheGeneration) {
        if (cacheGeneration == generation && cachesLoading == 0 && !rebuildQueued) {
            rebuildQueued = true;
            publisher.run(() -> {
                rebuildQueued = false;
                if (cachesLoading == 0 && !caches.isEmpty()) {
                    rebuild();
                }
            });
        }
    }

    private void rebuild() {
        KafkaZnodes.Metadata metadata = KafkaZnodes.read(caches.get(0).stream().toList(), caches.get(1).get(CONTROLLER),
                minInsyncReplicas, caches.get(WATCHED.indexOf(DELETE_TOPICS)).stream().toList());
        Instant now = Instant.now();
        if (everRead) {
            publisher.submit(s -> s.withMetadata(now, metadata.brokers(), metadata.controller(), metadata.topics()));
        } else {
            everRead = true;
            publisher.submitQuietly(s -> s.withMetadata(now, metadata.brokers(), metadata.controller(),
                    metadata.topics()));
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        launcherNodes.close();
        if (externalRoles != null) {
            externalRoles.close();
        }
        CompletableFuture<Void> cachesClosed = new CompletableFuture<>();
        publisher.run(() -> {
            closeCaches();
            cachesClosed.complete(null);
        });
        cachesClosed.completeOnTimeout(null, 5, TimeUnit.SECONDS).join();
        client.close();
        publisher.close();
    }
}
