package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.admin.OffsetResetTarget;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reset-offsets", description = "Move a stopped group's offsets on a topic.")
final class TopicResetOffsetsCommand extends TopicSubcommand {

    @Option(names = "--group", required = true, paramLabel = "GROUP")
    String group;

    @Option(names = "--topic", required = true, paramLabel = "TOPIC")
    String topic;

    @Option(names = "--to", required = true, paramLabel = "TARGET",
            description = "earliest, latest, offset:N or timestamp:EPOCH_MILLIS")
    String to;

    @Override
    public Integer call() {
        OffsetResetTarget resetTarget = OffsetResetTarget.parse(to);
        Map<Integer, Long> offsets = withGroups(groups -> groups.resetOffsets(group, topic, resetTarget));
        PrintWriter out = out();
        offsets.forEach((partition, offset) -> out.printf("%s-%d -> %d%n", topic, partition, offset));
        out.flush();
        return 0;
    }
}
