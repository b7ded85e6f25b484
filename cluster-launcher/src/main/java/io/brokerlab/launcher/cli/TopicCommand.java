package io.brokerlab.launcher.cli;

import picocli.CommandLine.Command;

@Command(name = "topic", description = "Create, list, describe, change and delete topics; consumer groups.",
        subcommands = {TopicCreateCommand.class, TopicListCommand.class, TopicDescribeCommand.class,
            TopicDeleteCommand.class, TopicAlterConfigCommand.class, TopicAddPartitionsCommand.class,
            TopicElectLeadersCommand.class, TopicReassignCommand.class, TopicGroupsCommand.class,
            TopicResetOffsetsCommand.class})
final class TopicCommand {
}
