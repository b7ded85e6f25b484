package io.brokerlab.app.charts;

import io.brokerlab.launcher.process.AgentClient;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * An agent's Prometheus text by agent port, over a client built by the first sampling thread that asks: the JDK
 * HttpClient takes a few hundred milliseconds to build (SSLContext, class loading), which on the FX thread delayed the
 * window's first paint. Any thread; blocks as {@link AgentClient#metrics} does.
 */
final class LazyAgentMetrics implements IntFunction<Optional<String>> {

    private AgentClient client;

    @Override
    public Optional<String> apply(int agentPort) {
        return client().metrics(agentPort);
    }

    /** Held only while building or handing out the client, never through a read: the brokers are read in parallel. */
    private synchronized AgentClient client() {
        if (client == null) {
            client = new AgentClient();
        }
        return client;
    }
}
