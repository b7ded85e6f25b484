package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeKind;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status", description = "Show every node: state, pid, port, role.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (LocalCluster cluster = workspace.openCluster()) {
            ClusterSnapshot snapshot = cluster.snapshot();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonOutput.indented(toJson(snapshot, cluster.workspace().dir().toString())));
            } else {
                printTable(out, snapshot);
            }
            out.flush();
        }
        return 0;
    }

    static Map<String, Object> toJson(ClusterSnapshot snapshot, String workspace) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("workspace", workspace);
        root.put("bootstrap", snapshot.bootstrapServers());
        root.put("zookeeperConnect", snapshot.zookeeperConnect());
        root.put("nodes", snapshot.nodes().stream().map(StatusCommand::nodeJson).toList());
        return root;
    }

    private static Map<String, Object> nodeJson(NodeStatus node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", node.name());
        json.put("kind", node.kind().name().toLowerCase(Locale.ROOT));
        json.put("id", node.id().id());
        json.put("port", node.port());
        json.put("agentPort", node.agentPort());
        json.put("pid", node.pid().isPresent() ? node.pid().getAsLong() : null);
        json.put("state", node.state().label());
        if (node.kind() == NodeKind.ZOOKEEPER) {
            json.put("role", node.role().orElse(null));
            node.zxid().ifPresent(v -> json.put("zxid", v));
            node.clients().ifPresent(v -> json.put("clients", v));
        } else {
            json.put("controller", node.controller());
        }
        json.put("since", node.since().toString());
        node.uptimeMillis().ifPresent(v -> json.put("uptimeMs", v));
        node.heapUsedBytes().ifPresent(v -> json.put("heapUsedBytes", v));
        node.exitReason().ifPresent(v -> json.put("exitReason", v));
        if (!node.lastLogLines().isEmpty()) {
            json.put("lastLogLines", node.lastLogLines());
        }
        return json;
    }

    static void printTable(PrintWriter out, ClusterSnapshot snapshot) {
        out.printf("%-10s %-10s %-6s %-8s %-9s %s%n", "NODE", "KIND", "PORT", "PID", "STATE", "ROLE");
        for (NodeStatus node : snapshot.nodes()) {
            String role = node.kind() == NodeKind.ZOOKEEPER ? node.role().orElse("")
                    : node.controller() ? "controller" : "";
            out.printf("%-10s %-10s %-6d %-8s %-9s %s%n", node.name(), node.kind().name().toLowerCase(Locale.ROOT),
                    node.port(), node.pid().isPresent() ? Long.toString(node.pid().getAsLong()) : "-",
                    node.state().label(), role);
            node.exitReason().ifPresent(reason -> out.printf("           %s%n", reason));
        }
        out.println("bootstrap servers: " + snapshot.bootstrapServers());
        out.println("zookeeper connect: " + snapshot.zookeeperConnect());
        out.flush();
    }

}
