package io.brokerlab.launcher.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "add-partitions", description = "Grow a topic to more partitions.")
final class TopicAddPartitionsCommand extends NamedTopicSubcommand {

    @Option(names = "--partitions", required = true, paramLabel = "TOTAL", description = "The new total.")
    int partitions;

    @Override
    public Integer call() {
        return change(topics -> {
            topics.addPartitions(name, partitions);
            return name + " now has " + partitions + " partitions";
        });
    }
}
