package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.admin.WindowsDataSafety;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "delete", description = "Delete a topic and its messages.")
final class TopicDeleteCommand extends NamedTopicSubcommand {

    @Option(names = "--force", description = "On Windows: delete anyway, although it crashes brokers (KAFKA-1194).")
    boolean force;

    @Override
    public Integer call() {
        if (target.windowsDataSafety().enabled() && !force) {
            throw usageError(WindowsDataSafety.DELETE_TOPIC);
        }
        return change(topics -> {
            topics.delete(name);
            return "deleted topic " + name;
        });
    }
}
