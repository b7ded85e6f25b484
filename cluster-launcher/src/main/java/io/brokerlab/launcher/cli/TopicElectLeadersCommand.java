package io.brokerlab.launcher.cli;

import picocli.CommandLine.Command;

@Command(name = "elect-leaders", description = "Move each partition's leadership back to its preferred replica.")
final class TopicElectLeadersCommand extends NamedTopicSubcommand {

    @Override
    public Integer call() {
        // partial success (some partitions' preferred replicas down, as during a failover) is still a success
        return change(topics -> topics.electPreferredLeaders(name).describe(name));
    }
}
