package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.process.LogFiles;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "logs", description = "Print the end of a node's log; --follow keeps printing what it appends.")
final class LogsCommand implements Callable<Integer> {

    private static final int INITIAL_LINES = 200;
    private static final long FOLLOW_INTERVAL_MS = 200;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "NODE")
    String node;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until interrupted.")
    boolean follow;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Workspace ws = workspace.open();
        NodeId id = NodeId.parse(node);
        if (!ws.definition().contains(id)) {
            throw new IllegalArgumentException("no node " + id + " in " + ws.dir());
        }
        Path file = ws.logFile(id);
        PrintWriter out = spec.commandLine().getOut();
        LogFiles.lastLines(file, INITIAL_LINES).forEach(out::println);
        out.flush();
        if (follow) {
            follow(file, out);
        }
        return 0;
    }

    private static void follow(Path file, PrintWriter out) throws IOException, InterruptedException {
        long position = Files.exists(file) ? Files.size(file) : 0;
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        while (!Thread.currentThread().isInterrupted()) {
            long size = Files.exists(file) ? Files.size(file) : 0;
            if (size < position) {
                position = 0;
            }
            if (size > position) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    channel.position(position);
                    int read;
                    while ((read = channel.read(buffer)) > 0) {
                        position += read;
                        out.print(new String(buffer.array(), 0, read, StandardCharsets.UTF_8));
                        buffer.clear();
                    }
                }
                out.flush();
            }
            // A node log is a plain file; polling its size is how tail -f works without file events.
            Thread.sleep(FOLLOW_INTERVAL_MS);
        }
    }
}
