package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.admin.ConsumerGroupLag;
import io.brokerlab.launcher.admin.ConsumerGroupService;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "groups", description = "List consumer groups, or one group's lag per partition.")
final class TopicGroupsCommand extends TopicSubcommand {

    @Option(names = "--group", paramLabel = "GROUP", description = "Show this group's lag per partition.")
    String group;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        if (group == null) {
            List<String> ids = withGroups(ConsumerGroupService::list);
            if (json) {
                out.println(JsonOutput.indented(ids));
            } else {
                ids.forEach(out::println);
            }
        } else {
            ConsumerGroupLag lag = withGroups(groups -> groups.lag(group));
            if (json) {
                out.println(JsonOutput.indented(lag));
            } else {
                print(out, lag);
            }
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, ConsumerGroupLag lag) {
        out.printf("Group: %s\tState: %s\tTotal lag: %d%n", lag.group(), lag.state(), lag.totalLag());
        for (ConsumerGroupLag.PartitionLag p : lag.partitions()) {
            out.printf("\t%s-%d\tcommitted: %d\tend: %d\tlag: %d\tmember: %s%n", p.topic(), p.partition(),
                    p.committedOffset(), p.endOffset(), p.lag(), p.member() == null ? "-" : p.member());
        }
    }
}
