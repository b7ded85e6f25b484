package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import io.brokerlab.launcher.process.LogFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "logs", description = "Print a node's log; --follow keeps printing what it appends.")
final class LogsCommand implements Callable<Integer> {

    private static final int INITIAL_LINES = 200;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "NODE")
    String node;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until interrupted.")
    boolean follow;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Workspace ws = workspace.open();
        NodeId id = NodeId.parse(node);
        if (!ws.definition().contains(id)) {
            throw new IllegalArgumentException("no node " + id + " in " + ws.dir());
        }
        Path file = ws.logFile(id);
        PrintStream out = System.out;
        LogFiles.lastLines(file, INITIAL_LINES).forEach(out::println);
        out.flush();
        if (!follow) {
            return 0;
        }
        long position = Files.exists(file) ? Files.size(file) : 0;
        byte[] buffer = new byte[8192];
        while (!Thread.currentThread().isInterrupted()) {
            if (Files.exists(file) && Files.size(file) > position) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    channel.position(position);
                    InputStream in = Channels.newInputStream(channel);
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        out.write(buffer, 0, read);
                        position += read;
                    }
                    out.flush();
                }
            } else if (Files.exists(file) && Files.size(file) < position) {
                position = 0;
            }
            // Polling the file size is how tail -f works where no file-change events exist.
            Thread.sleep(200);
        }
        return 0;
    }
}
