package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.admin.ConsumerGroupService;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.admin.WindowsDataSafety;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A subcommand of {@code topic}: parses its options and hands the work to {@link TopicService} (or the consumer
 * group service), which it opens on the cluster {@link TargetOptions} names and closes when done.
 */
abstract class TopicSubcommand implements Callable<Integer> {

    @Mixin
    TargetOptions target;

    @Spec
    CommandSpec spec;

    final <T> T withTopics(Function<TopicService, T> action) {
        try (TopicService topics = target.topicService()) {
            return action.apply(topics);
        }
    }

    final <T> T withGroups(Function<ConsumerGroupService, T> action) {
        try (ConsumerGroupService groups = target.consumerGroupService()) {
            return action.apply(groups);
        }
    }

    /**
     * Runs {@code action}, which changes the topics and returns what it did; prints that line, since every change
     * confirms itself on stdout.
     */
    final Integer change(Function<TopicService, String> action) {
        String done = withTopics(action);
        out().println(done);
        return 0;
    }

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Picocli prints the message and this command's usage, and exits with 2. */
    final ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** A local cluster on Windows must not be asked to delete files (docs/windows.md), unless the user insists. */
    final void refuseRiskyConfigs(Map<String, String> configs, boolean force) {
        List<String> risky = target.windowsDataSafety().riskyKeys(configs);
        if (!risky.isEmpty() && !force) {
            throw usageError(WindowsDataSafety.RISKY_SETTING + " Refused: "
                    + String.join(", ", risky) + " (--force to set it anyway).");
        }
    }
}
