package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.admin.TopicService;
import picocli.CommandLine.Command;

@Command(name = "list", description = "List topic names.")
final class TopicListCommand extends TopicSubcommand {

    @Override
    public Integer call() {
        withTopics(TopicService::list).forEach(out()::println);
        return 0;
    }
}
