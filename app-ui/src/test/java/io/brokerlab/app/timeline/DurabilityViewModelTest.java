package io.brokerlab.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.brokerlab.launcher.verify.DurabilityCheck;
import io.brokerlab.launcher.verify.DurabilityCheckException;
import io.brokerlab.launcher.verify.DurabilityReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DurabilityViewModelTest {

    @Test
    void runsTheCheckAndShowsItsReport() {
        List<DurabilityCheck.Options> seen = new ArrayList<>();
        List<Double> progressDuringProduce = new ArrayList<>();
        List<List<DurabilityViewModel.Row>> rowsDuringProduce = new ArrayList<>();
        DurabilityViewModel model = new DurabilityViewModel(Runnable::run, Runnable::run);
        assertThat(model.problem()).isEqualTo("Open a workspace or connect to a cluster first");
        model.runner((options, phase, progress) -> {
            seen.add(options);
            phase.accept("producing");
            // half of the 10,000 answered, one of them failed, 200 more on their way
            for (int i = 0; i < 5_200; i++) {
                progress.sentOne();
            }
            for (int i = 0; i < 5_000; i++) {
                progress.answered(i != 7);
            }
            model.tick();
            progressDuringProduce.add(model.progressProperty().get());
            rowsDuringProduce.add(model.rowsProperty().get());
            phase.accept("reading back");
            return new DurabilityReport(options.topic(), "all", options.messages(), Duration.ofSeconds(10),
                    List.of(new DurabilityReport.PartitionResult(0, 6000, 6000, 0, 5999, 1, 0, 0, 0),
                            new DurabilityReport.PartitionResult(1, 4000, 4000, 0, 4001, 0, 1, 0, 0)),
                    List.of("2026-11-25T01:00:03Z killed broker-2 (leader of demo-0)"));
        });
        assertThat(model.problem()).isEqualTo("Choose a topic");
        model.topicProperty().set("demo");
        model.chaosProperty().set(true);
        model.run().join();
        assertThat(seen).singleElement().satisfies(o -> {
            assertThat(o.messages()).isEqualTo(10_000);
            assertThat(o.ratePerSecond()).isEqualTo(1000);
            assertThat(o.chaosInterval()).isEqualTo(DurabilityViewModel.CHAOS_INTERVAL);
        });
        assertThat(progressDuringProduce).containsExactly(0.5);
        assertThat(rowsDuringProduce.get(0)).extracting(DurabilityViewModel.Row::value)
                .containsExactly("5,200", "4,999", "1", "–", "–", "–", "–");
        assertThat(model.rowsProperty().get()).as("the report's, once done").isEqualTo(
                DurabilityViewModel.rows(model.reportProperty().get()));
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.reportProperty().get().lost()).isEqualTo(1);
        assertThat(model.statusProperty().get())
                .isEqualTo("NOT intact: 1 acknowledged lost");
        model.runner((options, phase, progress) -> null);
        assertThat(model.rowsProperty().get()).as("another cluster: none of this one's figures")
                .isEqualTo(DurabilityViewModel.rows(null));
    }

    @Test
    void aFailedRunsCountsGoWhenAnotherClusterIsShown() {
        DurabilityViewModel model = new DurabilityViewModel(Runnable::run, Runnable::run);
        model.runner((options, phase, progress) -> {
            phase.accept("producing");
            progress.sentOne();
            progress.answered(true);
            model.tick();
            throw new IllegalStateException("the cluster went away");
        });
        model.topicProperty().set("demo");
        model.run().join();
        assertThat(model.rowsProperty().get().get(0).value()).as("what was sent before it failed").isEqualTo("1");

        model.runner((options, phase, progress) -> null);

        assertThat(model.rowsProperty().get()).isEqualTo(DurabilityViewModel.rows(null));
    }

    @Test
    void theReportListsSentAndFailedSendsAndWhatChaosKilled() {
        Instant killedAt = LocalDate.of(2026, 11, 25).atTime(LocalTime.of(14, 0, 3)).atZone(ZoneId.systemDefault())
                .toInstant();
        DurabilityReport report = new DurabilityReport("demo", "all", 100, Duration.ofSeconds(1),
                List.of(new DurabilityReport.PartitionResult(0, 60, 57, 3, 59, 0, 0, 0, 2),
                        new DurabilityReport.PartitionResult(1, 40, 40, 0, 40, 0, 0, 0, 0)),
                List.of(killedAt + " killed broker-2 (leader of demo-0)", "not an instant: kept as it is"));
        assertThat(DurabilityViewModel.rows(report)).extracting(DurabilityViewModel.Row::name,
                DurabilityViewModel.Row::value, DurabilityViewModel.Row::tone).containsExactly(
                tuple("Sent", "100", DurabilityViewModel.Tone.NEUTRAL),
                tuple("Acknowledged", "97", DurabilityViewModel.Tone.NEUTRAL),
                tuple("Failed", "3 (2 stored anyway)", DurabilityViewModel.Tone.WARNING),
                tuple("Read back", "99", DurabilityViewModel.Tone.NEUTRAL),
                tuple("Lost", "0", DurabilityViewModel.Tone.GOOD),
                tuple("Duplicated", "0", DurabilityViewModel.Tone.GOOD),
                tuple("Out of order", "0", DurabilityViewModel.Tone.GOOD));
        assertThat(DurabilityViewModel.summary(report))
                .isEqualTo("Intact (3 of 100 sends failed: not acknowledged, so allowed to be missing)");
        assertThat(DurabilityViewModel.verdictTone(report)).isEqualTo(DurabilityViewModel.Tone.GOOD);
        assertThat(DurabilityViewModel.chaosKills(report))
                .containsExactly("14:00:03 killed broker-2 (leader of demo-0)", "not an instant: kept as it is");
        assertThat(DurabilityViewModel.rows(null)).extracting(DurabilityViewModel.Row::value).containsOnly("–");
    }

    @Test
    void aCheckWhereEverySendFailedProvedNothingAndSaysSo() {
        DurabilityReport refused = new DurabilityReport("compacted", "all", 10_000, Duration.ofSeconds(1),
                List.of(new DurabilityReport.PartitionResult(0, 10_000, 0, 10_000, 0, 0, 0, 0, 0)), List.of());
        assertThat(DurabilityViewModel.summary(refused)).startsWith("Nothing to check: all 10,000 sends failed.");
        assertThat(DurabilityViewModel.verdictTone(refused)).isEqualTo(DurabilityViewModel.Tone.WARNING);
    }

    @Test
    void notIntactGivesOneReasonTheWorstFirst() {
        DurabilityReport duplicated = new DurabilityReport("demo", "all", 10, Duration.ofSeconds(1),
                List.of(new DurabilityReport.PartitionResult(0, 10, 10, 0, 12, 0, 2, 1, 0)), List.of());
        assertThat(DurabilityViewModel.summary(duplicated)).isEqualTo("NOT intact: 2 read more than once");
    }

    @Test
    void aFailingCheckSaysWhy() {
        DurabilityViewModel model = new DurabilityViewModel(Runnable::run, Runnable::run);
        model.runner((options, phase, progress) -> {
            throw new IllegalStateException("topic demo does not exist");
        });
        model.topicProperty().set("demo");
        model.run().exceptionally(e -> null).join();
        assertThat(model.statusProperty().get()).isEqualTo("The check failed: topic demo does not exist");
        assertThat(model.reportProperty().get()).isNull();
    }

    @Test
    void sendsThatWaitSayHowManyForHowLongAndWhy() {
        String why = "all 6 partitions of orders have 1 in-sync replica, fewer than min.insync.replicas=2, so Kafka"
                + " refuses acks=all writes to them (NOT_ENOUGH_REPLICAS)";
        List<String> statuses = new ArrayList<>();
        DurabilityViewModel model = new DurabilityViewModel(Runnable::run, Runnable::run);
        model.runner((options, phase, progress) -> {
            phase.accept("producing");
            for (int i = 0; i < 600; i++) {
                progress.sentOne();
            }
            progress.stalled(new DurabilityCheck.Stall(600, Duration.ofSeconds(5), null));
            model.tick();
            statuses.add(model.statusProperty().get());
            progress.stalled(new DurabilityCheck.Stall(600, Duration.ofSeconds(12), why));
            model.tick();
            statuses.add(model.statusProperty().get());
            progress.answered(true);
            progress.stalled(null);
            model.tick();
            statuses.add(model.statusProperty().get());
            throw new DurabilityCheckException("The check stopped after 600 sends: none was acknowledged in 10 s.");
        });
        model.topicProperty().set("orders");

        model.run().join();

        assertThat(statuses).containsExactly(
                "Producing 10000 messages to orders…\n600 sends waiting for an acknowledgement for 5 s; the topic's"
                        + " metadata shows no reason yet",
                "Producing 10000 messages to orders…\n600 sends waiting for an acknowledgement for 12 s: " + why,
                "Producing 10000 messages to orders…");
        assertThat(model.statusProperty().get()).as("the launcher's account, not 'The check failed: ' and Kafka's words")
                .isEqualTo("The check stopped after 600 sends: none was acknowledged in 10 s.");
    }

    @Test
    void cancelStopsTheRunningCheckWithoutCallingItAFailure() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch started = new CountDownLatch(1);
            AtomicBoolean interrupted = new AtomicBoolean();
            DurabilityViewModel model = new DurabilityViewModel(background, Runnable::run);
            model.runner((options, phase, progress) -> {
                started.countDown();
                try {
                    new CountDownLatch(1).await(); // a send that would never end by itself
                    return null;
                } catch (InterruptedException e) {
                    interrupted.set(true);
                    throw e;
                }
            });
            model.topicProperty().set("demo");
            CompletableFuture<DurabilityReport> run = model.run();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            model.cancel();
            assertThat(run.get(10, TimeUnit.SECONDS)).isNull();
            assertThat(interrupted).isTrue();
            assertThat(model.runningProperty().get()).isFalse();
            assertThat(model.statusProperty().get()).isEqualTo("Cancelled; what was sent to demo stays there");
            assertThat(model.reportProperty().get()).isNull();
            // the pooled thread is not left interrupted for the next task
            assertThat(background.submit(() -> Thread.currentThread().isInterrupted()).get(10, TimeUnit.SECONDS)).isFalse();
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void anotherClusterClearsTheReportOfTheOldOne() {
        DurabilityViewModel model = new DurabilityViewModel(Runnable::run, Runnable::run);
        model.runner((options, phase, progress) -> new DurabilityReport(options.topic(), "all", options.messages(),
                Duration.ofSeconds(1), List.of(new DurabilityReport.PartitionResult(0, 10, 10, 0, 9, 0, 0, 0, 0)),
                List.of()));
        model.topicProperty().set("demo");
        model.messagesProperty().set(10);
        model.run().join();
        assertThat(model.reportProperty().get()).isNotNull();
        model.runner((options, phase, progress) -> null);
        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.progressProperty().get()).isZero();
    }

    @Test
    void aCheckOfTheClusterLeftEndsWithoutWritingIntoTheNextOnesForm() {
        List<Runnable> background = new ArrayList<>();
        DurabilityViewModel model = new DurabilityViewModel(background::add, Runnable::run);
        model.runner((options, phase, progress) -> new DurabilityReport(options.topic(), "all", options.messages(),
                Duration.ofSeconds(1), List.of(new DurabilityReport.PartitionResult(0, 10, 10, 0, 10, 0, 0, 0, 0)),
                List.of()));
        model.topicProperty().set("demo");
        CompletableFuture<DurabilityReport> old = model.run();
        DurabilityViewModel.Memo left = model.memo();

        model.runner((options, phase, progress) -> null);
        background.forEach(Runnable::run);

        assertThat(old.join()).isNull();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).as("the next cluster's form says nothing of the old check").isEmpty();
        assertThat(left.report()).isNull();
        assertThat(left.status()).startsWith("Cancelled when another cluster was shown");
    }
}
