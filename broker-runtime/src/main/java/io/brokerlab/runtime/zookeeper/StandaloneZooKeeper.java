package io.brokerlab.runtime.zookeeper;

import io.brokerlab.runtime.ManagedNode;
import io.brokerlab.runtime.NodeFailure;
import io.brokerlab.runtime.ServerThread;
import io.brokerlab.runtime.metrics.PrometheusWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.zookeeper.server.ServerConfig;
import org.apache.zookeeper.server.ZooKeeperServerMain;
import org.apache.zookeeper.server.quorum.QuorumPeerConfig;

/** A single ZooKeeper server, run with ZooKeeper's own {@link ZooKeeperServerMain}. */
final class StandaloneZooKeeper implements ManagedNode {

    private final ServerConfig config = new ServerConfig();
    private final CountDownLatch started = new CountDownLatch(1);
    private final Main main = new Main();
    private final ServerThread thread;
    private volatile State state = State.STARTING;
    private final StandaloneServerBeans beans;

    StandaloneZooKeeper(QuorumPeerConfig parsed) {
        config.readFrom(parsed);
        beans = new StandaloneServerBeans(config.getClientPortAddress().getPort());
        thread = new ServerThread("zookeeper-server", () -> main.runFromConfig(config));
    }

    /** Exposes the hook ZooKeeper calls once the server accepts clients. */
    private final class Main extends ZooKeeperServerMain {
        @Override
        protected void serverStarted() {
            super.serverStarted();
            state = State.RUNNING;
            started.countDown();
        }

        void stop() {
            close();
        }
    }

    @Override
    public void start() throws NodeFailure {
        thread.start();
        try {
            while (!started.await(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (thread.isFinished()) {
                    throw ZooKeeperNode.classify(thread.failure() != null
                            ? thread.failure() : new IllegalStateException("server loop ended during start-up"));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void awaitTermination() throws InterruptedException, NodeFailure {
        thread.await();
        boolean asked = state == State.STOPPING;
        state = State.STOPPED;
        if (!asked && thread.failure() != null) {
            throw ZooKeeperNode.classify(thread.failure());
        }
    }

    @Override
    public void stop() {
        if (state == State.STOPPED) {
            return;
        }
        state = State.STOPPING;
        main.stop();
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public int id() {
        return 1;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("role", "standalone");
        details.put("clientPort", config.getClientPortAddress().getPort());
        if (state == State.RUNNING) {
            details.putAll(beans.read());
        }
        return details;
    }

    @Override
    public void writeMetrics(PrometheusWriter out) {
        out.gauge("zookeeper_up", "1 while the server accepts clients", state == State.RUNNING ? 1 : 0);
    }
}
