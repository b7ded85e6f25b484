package io.brokerlab.runtime.kafka;

import io.brokerlab.runtime.ExitCode;
import io.brokerlab.runtime.ManagedNode;
import io.brokerlab.runtime.NodeFailure;
import io.brokerlab.runtime.metrics.PrometheusWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaServer;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.BrokerState;
import scala.Option;

/** A Kafka broker in ZooKeeper mode, the same {@link KafkaServer} that kafka-server-start runs. */
public final class KafkaBrokerNode implements ManagedNode {

    private final KafkaConfig config;
    private final KafkaServer server;
    private final BrokerMetrics metrics = new BrokerMetrics();
    private volatile boolean stopping;

    private KafkaBrokerNode(KafkaConfig config) {
        this.config = config;
        this.server = new KafkaServer(config, Time.SYSTEM, Option.empty(), false);
    }

    public static ManagedNode fromConfig(Path file) throws NodeFailure {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            props.load(reader);
        } catch (IOException e) {
            throw new NodeFailure(ExitCode.INVALID_CONFIGURATION, "cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return new KafkaBrokerNode(KafkaConfig.fromProps(props, true));
        } catch (ConfigException | IllegalArgumentException e) {
            throw new NodeFailure(ExitCode.INVALID_CONFIGURATION,
                    "invalid broker configuration " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void start() throws NodeFailure {
        try {
            server.startup();
        } catch (RuntimeException e) {
            throw classify(e);
        }
    }

    static NodeFailure classify(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String message = String.valueOf(c.getMessage());
            if (message.contains("Invalid cluster.id")) {
                return new NodeFailure(ExitCode.CLUSTER_ID_MISMATCH,
                        "the broker's data belongs to another cluster than ZooKeeper's (" + message
                                + "); reset the workspace data to start over", t);
            }
            if (c instanceof java.net.BindException || message.contains("Address already in use")) {
                return new NodeFailure(ExitCode.PORT_IN_USE, message, t);
            }
        }
        return new NodeFailure(ExitCode.UNEXPECTED_FAILURE, "broker start-up failed: " + t, t);
    }

    @Override
    public void awaitTermination() {
        server.awaitShutdown();
    }

    @Override
    public void stop() {
        stopping = true;
        server.shutdown();
    }

    @Override
    public State state() {
        BrokerState brokerState = server.brokerState();
        if (brokerState == BrokerState.RUNNING) {
            return stopping ? State.STOPPING : State.RUNNING;
        }
        if (brokerState == BrokerState.PENDING_CONTROLLED_SHUTDOWN || brokerState == BrokerState.SHUTTING_DOWN) {
            return State.STOPPING;
        }
        if (brokerState == BrokerState.NOT_RUNNING && stopping) {
            return State.STOPPED;
        }
        return State.STARTING;
    }

    @Override
    public int id() {
        return config.brokerId();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("brokerState", server.brokerState().toString());
        details.put("controller", isController());
        return details;
    }

    private boolean isController() {
        try {
            return server.kafkaController() != null && server.kafkaController().isActive();
        } catch (RuntimeException e) {
            // The controller object is created during start-up; before that there is no answer.
            return false;
        }
    }

    @Override
    public void writeMetrics(PrometheusWriter out) {
        metrics.write(out);
    }
}
