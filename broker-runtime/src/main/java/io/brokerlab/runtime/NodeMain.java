package io.brokerlab.runtime;

import io.brokerlab.runtime.agent.NodeAgent;
import io.brokerlab.runtime.kafka.KafkaBrokerNode;
import io.brokerlab.runtime.zookeeper.ZooKeeperNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of every node JVM: one ZooKeeper server or one Kafka broker, plus the agent.
 * SIGTERM and the agent's authenticated {@code POST /shutdown} both end in the same graceful
 * stop, because on Windows a process cannot be sent SIGTERM.
 */
public final class NodeMain {

    private static final Logger LOG = LoggerFactory.getLogger(NodeMain.class);

    private NodeMain() {
    }

    public static void main(String[] args) {
        NodeOptions options;
        try {
            options = NodeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("brokerlab node: " + e.getMessage());
            System.err.println(NodeOptions.USAGE);
            System.exit(ExitCode.USAGE.status());
            return;
        }
        ignoreTerminalSignals();
        System.exit(run(options).status());
    }

    /**
     * Nodes outlive the terminal that started them: Ctrl-C there (SIGINT to its process group)
     * or closing it (SIGHUP) must not stop them. SIGTERM and the agent still do. Ignoring the
     * signals here, rather than starting nodes through setsid(1), keeps the launched process's
     * pid the node's own on every OS.
     */
    private static void ignoreTerminalSignals() {
        for (String name : new String[] {"INT", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException unsupported) {
                // Windows has no SIGHUP; a console close there ends the node like any process.
            }
        }
    }

    static ExitCode run(NodeOptions options) {
        ManagedNode node;
        String secret;
        try {
            secret = Files.readString(options.secretFile(), StandardCharsets.US_ASCII).trim();
            node = switch (options.kind()) {
                case ZOOKEEPER -> ZooKeeperNode.fromConfig(options.config());
                case BROKER -> KafkaBrokerNode.fromConfig(options.config());
            };
        } catch (NodeFailure e) {
            return fail(options, e);
        } catch (IOException e) {
            return fail(options, new NodeFailure(ExitCode.INVALID_CONFIGURATION,
                    "cannot read " + e.getMessage(), e));
        }
        NodeAgent agent = new NodeAgent(options, node, secret, () -> stopInBackground(node));
        try {
            agent.start();
        } catch (NodeFailure e) {
            return fail(options, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.stop();
            agent.stop();
        }, "brokerlab-shutdown"));
        try {
            node.start();
            LOG.info("{} is running (agent on 127.0.0.1:{})", options.name(), options.agentPort());
            node.awaitTermination();
            return ExitCode.STOPPED;
        } catch (NodeFailure e) {
            node.stop();
            return fail(options, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.UNEXPECTED_FAILURE;
        } finally {
            agent.stop();
        }
    }

    private static void stopInBackground(ManagedNode node) {
        Thread stopper = new Thread(node::stop, "brokerlab-agent-stop");
        stopper.start();
    }

    private static ExitCode fail(NodeOptions options, NodeFailure failure) {
        LOG.error("{} failed: {}", options.name(), failure.getMessage(), failure.getCause());
        // One plain line at the end of the node's log: the launcher shows it as the reason.
        System.err.println("brokerlab: " + options.name() + " failed: " + failure.getMessage());
        return failure.exitCode();
    }
}
