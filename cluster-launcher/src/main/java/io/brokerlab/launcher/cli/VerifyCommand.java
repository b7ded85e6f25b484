package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.verify.DurabilityCheck;
import io.brokerlab.launcher.verify.DurabilityReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", description = {
    // picocli prints each element as its own line, and the command list shows the first one only
    "Durability check: produce numbered messages while brokers fail, then read them back.",
    "Reports acknowledged, read, lost, duplicated and out-of-order messages per partition.",
    "Exit code 3 when an acknowledged message was lost, duplicated or reordered."})
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    TargetOptions target;

    @Parameters(paramLabel = "TOPIC")
    String topic;

    @Option(names = "--messages", required = true, paramLabel = "N")
    int messages;

    @Option(names = "--rate", paramLabel = "MSGS_PER_S", defaultValue = "1000", description = "Send rate (default 1000; 0: as fast as possible).")
    double rate;

    @Option(names = "--chaos", paramLabel = "SECONDS",
            description = "Kill the leader of a partition (in turn), start it again once the cluster has seen it die, and repeat SECONDS after it is back (local clusters only).")
    Double chaosSeconds;

    @Option(names = "--acks", paramLabel = "all|1", defaultValue = "all", description = "all (with idempotence, default) or 1.")
    String acks;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Acks level = Acks.parse(acks);
        if (level == Acks.NONE) {
            throw new IllegalArgumentException("verify needs acknowledgements: --acks all or 1");
        }
        Duration chaos = chaosSeconds == null ? null : Duration.ofMillis(Math.round(chaosSeconds * 1000));
        if (chaos != null && chaos.toMillis() < 1000) {
            throw new IllegalArgumentException("--chaos needs at least 1 second between kills");
        }
        String bootstrap = target.bootstrapServers();
        DurabilityReport report;
        Optional<LocalCluster> cluster = chaos == null ? Optional.empty() : target.localCluster();
        DurabilityCheck check = new DurabilityCheck(bootstrap, cluster.orElse(null));
        DurabilityCheck.Progress progress = new DurabilityCheck.Progress();
        try {
            DurabilityCheck.Produced produced;
            try (TerminalProgress line = TerminalProgress.show(spec.commandLine().getErr(), TerminalProgress.onTerminal(),
                    () -> progressLine(progress, messages), () -> waitNote(progress))) {
                produced = check.produce(new DurabilityCheck.Options(topic, messages, rate, level, chaos), progress);
            }
            try (TerminalProgress line = TerminalProgress.show(spec.commandLine().getErr(), TerminalProgress.onTerminal(),
                    () -> "reading back " + String.format(Locale.ROOT, "%,d", progress.acknowledged())
                            + " acknowledged message(s)…")) {
                report = check.readBack(produced);
            }
        } finally {
            cluster.ifPresent(LocalCluster::close);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.indented(toJson(report)));
        } else {
            print(out, report);
        }
        out.flush();
        return report.intact() ? 0 : 3;
    }

    /**
     * While producing: how far it has come, e.g. "sent 12,000 of 100,000 · acknowledged 11,950 · failed 0", and how
     * many sends wait and how long when they have waited long enough for the check to ask why.
     */
    static String progressLine(DurabilityCheck.Progress progress, int messages) {
        return String.format(Locale.ROOT, "sent %,d of %,d · acknowledged %,d · failed %,d", progress.sent(), messages,
                progress.acknowledged(), progress.failed()) + progress.stall().map(s -> String.format(Locale.ROOT,
                " · %,d waiting %d s for an acknowledgement", s.waiting(), s.waited().toSeconds())).orElse("");
    }

    /** Why the sends wait, as the cluster's metadata says, to print above the progress line; null while not known. */
    static String waitNote(DurabilityCheck.Progress progress) {
        return progress.stall().map(DurabilityCheck.Stall::reason).map(why -> "waiting: " + why).orElse(null);
    }

    static Map<String, Object> toJson(DurabilityReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("topic", report.topic());
        json.put("acks", report.acks());
        json.put("messages", report.messages());
        json.put("produceMillis", report.produceTime().toMillis());
        json.put("acknowledged", report.acknowledged());
        json.put("failed", report.failed());
        json.put("read", report.read());
        json.put("lost", report.lost());
        json.put("duplicated", report.duplicated());
        json.put("outOfOrder", report.outOfOrder());
        json.put("failedButStored", report.failedButStored());
        json.put("intact", report.intact());
        json.put("partitions", report.partitions());
        json.put("chaos", report.chaosEvents());
        return json;
    }

    private static void print(PrintWriter out, DurabilityReport report) {
        report.chaosEvents().forEach(e -> out.println("chaos: " + e));
        out.printf("%-9s %8s %12s %8s %8s %8s %10s %12s%n", "partition", "sent", "acknowledged", "failed", "read", "lost",
                "duplicated", "out-of-order");
        for (DurabilityReport.PartitionResult p : report.partitions()) {
            out.printf("%-9d %8d %12d %8d %8d %8d %10d %12d%n", p.partition(), p.sent(), p.acknowledged(), p.failed(),
                    p.read(), p.lost(), p.duplicated(), p.outOfOrder());
        }
        out.printf("%-9s %8d %12d %8d %8d %8d %10d %12d%n", "total", report.messages(), report.acknowledged(),
                report.failed(), report.read(), report.lost(), report.duplicated(), report.outOfOrder());
        if (report.failedButStored() > 0) {
            out.println(report.failedButStored() + " failed send(s) were nevertheless stored (counted as failed, not as acknowledged)");
        }
        out.println(report.intact()
                ? "OK: every acknowledged message (acks=" + report.acks() + ") was read back once, in order"
                : "NOT DURABLE: " + report.lost() + " acknowledged message(s) lost, " + report.duplicated()
                        + " duplicated, " + report.outOfOrder() + " out of order (acks=" + report.acks() + ")");
    }
}
