package io.brokerlab.launcher.process;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line of a node JVM: the Java running the launcher (the installed app bundles its
 * own), broker-runtime's part of the launcher's class path and the workspace's JVM options, at the
 * nodes' lower CPU priority ({@link NodePriority}).
 */
public final class NodeCommand {

    /** Variables that would silently change a node's JVM or class path. */
    private static final List<String> SCRUBBED_ENV = List.of(
            "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CLASSPATH", "KAFKA_OPTS", "KAFKA_HEAP_OPTS");

    private final Workspace workspace;
    private final String javaHome = System.getProperty("java.home");
    private final String classPath = NodeClassPath.of(System.getProperty("java.class.path"));

    public NodeCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    public ProcessBuilder builder(NodeId node) {
        List<String> jvmOptions = node.kind() == NodeKind.ZOOKEEPER
                ? workspace.jvmOptions().zookeeper() : workspace.jvmOptions().broker();
        List<String> command = new ArrayList<>();
        command.addAll(NodePriority.commandPrefix());
        command.add(Path.of(javaHome, "bin", isWindows() ? "java.exe" : "java").toString());
        command.add(NodeProcesses.NODE_MARKER + node.name());
        command.addAll(jvmOptions);
        command.addAll(new ClassDataSharing(ClassDataSharing.defaultDirectory(System.getenv()), javaHome, classPath,
                jvmOptions).optionsFor(node.kind()));
        command.add("-Djava.awt.headless=true");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Dzookeeper.admin.enableServer=false");
        command.add("-cp");
        command.add(classPath);
        command.add(NodeProcesses.MAIN_CLASS);
        command.add(node.kind() == NodeKind.ZOOKEEPER ? "zookeeper" : "broker");
        command.addAll(List.of("--name", node.name(),
                "--config", workspace.propertiesFile(node).toString(),
                "--agent-port", Integer.toString(workspace.agentPort(node)),
                "--secret-file", workspace.secretFile().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workspace.dir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workspace.logFile(node).toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")));
        Map<String, String> env = builder.environment();
        SCRUBBED_ENV.forEach(env::remove);
        return builder;
    }

    private static boolean isWindows() {
        return File.separatorChar == '\\';
    }
}
