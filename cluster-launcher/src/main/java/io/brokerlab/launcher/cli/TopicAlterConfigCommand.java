package io.brokerlab.launcher.cli;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "alter-config", description = "Set or remove topic config overrides (others are kept).")
final class TopicAlterConfigCommand extends NamedTopicSubcommand {

    @Option(names = "--set", paramLabel = "K=V", description = "An override to set; repeatable.")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--delete", paramLabel = "K", description = "An override to remove (back to the default); repeatable.")
    Set<String> remove = new LinkedHashSet<>();

    @Option(names = "--force", description = "On Windows: accept settings that make brokers delete files (KAFKA-1194).")
    boolean force;

    @Override
    public Integer call() {
        refuseRiskyConfigs(set, force);
        return change(topics -> {
            topics.alterConfigs(name, set, remove);
            return "altered the configs of " + name;
        });
    }
}
