package io.brokerlab.launcher.state;

import io.brokerlab.launcher.admin.ZooKeeperSrvr;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The quorum roles of an ensemble Brokerlab did not start, which has no node agents to ask: each server of the
 * connect string is asked with the {@code srvr} four-letter word (on ZooKeeper's default whitelist) every
 * {@link #PERIOD}, on a thread of its own, since a server that does not answer holds a poll up to {@link #TIMEOUT}.
 * A server that does not answer is published as STOPPED, so the timeline shows it stop and start again as it would
 * a local one; one that answers that it is not serving is RUNNING without a role. Neither counts for the quorum.
 */
final class ZooKeeperRoles implements AutoCloseable {

    static final Duration PERIOD = Duration.ofSeconds(2);
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "brokerlab-zookeeper-roles");
        thread.setDaemon(true);
        return thread;
    });

    /** Polls the servers of {@code connect}, handing every reading (all servers, in its order) to {@code roles}. */
    ZooKeeperRoles(String connect, Consumer<List<NodeView>> roles) {
        List<String> servers = servers(connect);
        poller.scheduleWithFixedDelay(() -> roles.accept(servers.stream().map(ZooKeeperRoles::read).toList()),
                0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The host:port pairs of a connect string, without its chroot. */
    static List<String> servers(String connect) {
        int chroot = connect.indexOf('/');
        String hosts = chroot < 0 ? connect : connect.substring(0, chroot);
        return Arrays.stream(hosts.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** STOPPED when {@code server} does not answer, else RUNNING with the role it reports. */
    static NodeView read(String server) {
        Optional<String> reply = ZooKeeperSrvr.ask(server, TIMEOUT);
        return new NodeView(server, NodeKind.ZOOKEEPER, reply.isPresent() ? NodeState.RUNNING : NodeState.STOPPED,
                reply.flatMap(ZooKeeperRoles::mode), Optional.empty());
    }

    /**
     * The {@code Mode:} line of a {@code srvr} reply (leader, follower, standalone, observer); empty for a server
     * that is not serving ("This ZooKeeper instance is not currently serving requests") or not whitelisted.
     */
    static Optional<String> mode(String reply) {
        return reply.lines().filter(line -> line.startsWith("Mode:"))
                .map(line -> line.substring("Mode:".length()).strip().toLowerCase(Locale.ROOT))
                .filter(mode -> !mode.isEmpty()).findFirst();
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
