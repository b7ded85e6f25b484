package io.brokerlab.launcher.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/** Talks to a node's loopback agent. Failures are answers ("not reachable"), not exceptions. */
public final class AgentClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public Optional<AgentHealth> health(int agentPort) {
        return get(agentPort, "/health").flatMap(AgentClient::parse);
    }

    public Optional<String> metrics(int agentPort) {
        return get(agentPort, "/metrics");
    }

    /** Asks the node to stop gracefully; false if the agent did not accept. */
    public boolean requestShutdown(int agentPort, String secret) {
        HttpRequest request = HttpRequest.newBuilder(uri(agentPort, "/shutdown"))
                .timeout(TIMEOUT)
                .header("X-Brokerlab-Secret", secret)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 202;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Optional<String> get(int agentPort, String path) {
        HttpRequest request = HttpRequest.newBuilder(uri(agentPort, path)).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static URI uri(int agentPort, String path) {
        return URI.create("http://127.0.0.1:" + agentPort + path);
    }

    private static Optional<AgentHealth> parse(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return Optional.of(new AgentHealth(
                    json.path("state").asText(""),
                    json.path("pid").asLong(-1),
                    json.hasNonNull("role") ? Optional.of(json.get("role").asText()) : Optional.empty(),
                    json.path("controller").asBoolean(false),
                    json.path("heapUsedBytes").asLong(-1),
                    json.path("uptimeMs").asLong(-1),
                    json.hasNonNull("zxid") ? Optional.of(json.get("zxid").asText()) : Optional.empty(),
                    json.hasNonNull("clients") ? OptionalLong.of(json.get("clients").asLong()) : OptionalLong.empty()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
