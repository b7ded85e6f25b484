package io.brokerlab.launcher.cli;

import picocli.CommandLine.Parameters;

/** A {@code topic} subcommand that acts on the one topic its parameter names. */
abstract class NamedTopicSubcommand extends TopicSubcommand {

    @Parameters(paramLabel = "NAME")
    String name;
}
