package io.brokerlab.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line contract between the launcher and a node:
 * {@code zookeeper|broker --name NAME --config FILE --agent-port PORT --secret-file FILE}.
 */
public record NodeOptions(NodeKind kind, String name, Path config, int agentPort, Path secretFile) {

    public static final String USAGE =
            "usage: NodeMain zookeeper|broker --name NAME --config FILE --agent-port PORT --secret-file FILE";

    public static NodeOptions parse(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("missing node kind");
        }
        NodeKind kind = NodeKind.fromArgument(args[0]);
        String name = null;
        Path config = null;
        Integer agentPort = null;
        Path secretFile = null;
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = rest.remove(0);
            switch (option) {
                case "--name" -> name = value;
                case "--config" -> config = Path.of(value);
                case "--agent-port" -> agentPort = parsePort(value);
                case "--secret-file" -> secretFile = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (name == null || config == null || agentPort == null || secretFile == null) {
            throw new IllegalArgumentException("--name, --config, --agent-port and --secret-file are required");
        }
        return new NodeOptions(kind, name, config, agentPort, secretFile);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("agent port out of range: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("agent port is not a number: " + value);
        }
    }
}
