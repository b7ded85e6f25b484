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
    void aDeletedTopicIsNoLongerChosenATypedOneStays() {
        List<String> before = List.of("accounts", "orders");
        assertThat(DurabilityViewModel.topicAfter("accounts", before, List.of("orders", "users"))).isEqualTo("orders");
        assertThat(DurabilityViewModel.topicAfter("accounts", before, List.of())).isEmpty();
        assertThat(DurabilityViewModel.topicAfter("orders", before, List.of("orders"))).isEqualTo("orders");
        assertThat(DurabilityViewModel.topicAfter("", before, before)).as("none chosen: the first").isEqualTo("accounts");
        assertThat(DurabilityViewModel.topicAfter("typed-new", before, List.of("orders")))
                .as("typed, never listed").isEqualTo("typed-new");
    }

    @Test
    void runsTheCheckAndShowsItsReport() {
        List<DurabilityCheck.Options> seen = new ArrayList<>();
        List<Double> progressDuringProduce = new ArrayList<>();
        List<String> progressTexts = new ArrayList<>();
        List<List<DurabilityViewModel.Row>> rowsDuringProduce = new ArrayList<>();
        DurabilityViewModel model = new DurabilityViewModel(Runnable::run, Runnable::run);
        assertThat(model.problem()).isEqualTo("Open a workspace or connect to a cluster first");
        model.runner((options, phase, progress) -> {
            seen.add(options);
            phase.accept("producing");
            progressTexts.add(model.progressTextProperty().get());
            // half of the 10,000 answered, one of them failed, 200 more on their way
            for (int i = 0; i < 5_200; i++) {
                progress.sentOne();
            }
            for (int i = 0; i < 5_000; i++) {
                progress.answered(i != 7);
            }
            model.tick();
            progressDuringProduce.add(model.progressProperty().get());
            progressTexts.add(model.progressTextProperty().get());
            rowsDuringProduce.add(model.rowsProperty().get());
            phase.accept("reading back");
            progressDuringProduce.add(model.progressProperty().get());
            progressTexts.add(model.progressTextProperty().get());
            return new DurabilityReport(options.topic(), "all", options.messages(), Duration.ofSeconds(10),
                    List.of(new DurabilityReport.PartitionResult(0, 6000, 6000, 0, 5999, 1, 0, 0, 0),
                            new DurabilityReport.PartitionResult(1, 4000, 4000, 0, 4001, 0, 1, 0, 0)),
                    List.of("2026-11-25T01:00:03Z killed broker-2 (leader of demo-0)"));
        });
        assertThat(model.problem()).isEqualTo("Choose a topic");
        model.topicProperty().set("demo");
        model.chaosProperty().set(true);
        List<io.brokerlab.app.UserAction> timeline = new ArrayList<>();
        model.onTimelineLine(timeline::add);
        model.run().join();
        assertThat(timeline).as("the check's start and outcome among what the cluster did")
                .extracting(io.brokerlab.app.UserAction::where, io.brokerlab.app.UserAction::what).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("demo",
                                "durability check started: 10,000 messages, acks=all, a leader killed every 5 s"),
                        org.assertj.core.groups.Tuple.tuple("demo", "durability check: Not intact: 1 lost"));
        assertThat(seen).singleElement().satisfies(o -> {
            assertThat(o.messages()).isEqualTo(10_000);
            assertThat(o.ratePerSecond()).isEqualTo(1000);
            assertThat(o.chaosInterval()).isEqualTo(DurabilityViewModel.CHAOS_INTERVAL);
        });
        assertThat(progressDuringProduce).as("the read-back tells no position").containsExactly(0.5, -1.0);
        assertThat(progressTexts).containsExactly("Checking that demo can take the writes…",
                "5,200 of 10,000 sent, 4,999 acknowledged, 1 failed", "Reading back 5,200 messages…");
        assertThat(rowsDuringProduce.get(0)).extracting(DurabilityViewModel.Row::value)
                .containsExactly("5,200", "4,999", "1", "–", "–", "–", "–");
        assertThat(model.rowsProperty().get()).as("the report's, once done").isEqualTo(
                DurabilityViewModel.rows(model.reportProperty().get()));
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.reportProperty().get().lost()).isEqualTo(1);
        assertThat(model.verdictProperty().get()).isEqualTo(new DurabilityVerdict("Not intact: 1 lost",
                "1 of 10,000 acknowledged messages is missing: writes the cluster acknowledged were lost."
                        + " Also 1 was read back more than once.", DurabilityViewModel.Tone.BAD));
        assertThat(model.progressTextProperty().get()).as("only while it runs").isEmpty();
        assertThat(model.statusProperty().get()).as("the verdict says it").isEmpty();
        assertThat(model.problemProperty().get()).isNull();
        model.runner((options, phase, progress) -> null);
        assertThat(model.rowsProperty().get()).as("another cluster: none of this one's figures")
                .isEqualTo(DurabilityViewModel.rows(null));
        assertThat(model.verdictProperty().get()).isNull();
    }

    @Test
    void aChaosRunWhoseSendsAreAllAnsweredSaysWhyItHasNotReadBackYet() {
        List<String> progressTexts = new ArrayList<>();
        DurabilityViewModel model = new DurabilityViewModel(Runnable::run, Runnable::run);
        model.runner((options, phase, progress) -> {
            phase.accept("producing");
            for (int i = 0; i < 10; i++) {
                progress.sentOne();
                progress.answered(true);
            }
            model.tick();
            progressTexts.add(model.progressTextProperty().get());
            return report(10, 0, 0, 0);
        });
        model.topicProperty().set("demo");
        model.messagesProperty().set(10);
        model.run().join();
        model.chaosProperty().set(true);
        model.run().join();

        assertThat(progressTexts).containsExactly("10 of 10 sent, 10 acknowledged",
                "10 of 10 sent, 10 acknowledged; reading back once chaos has started the killed broker again");
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
        assertThat(DurabilityVerdict.of(report, false)).isEqualTo(new DurabilityVerdict("Intact",
                "All 97 acknowledged messages were read back once, in order. 3 sends failed: never acknowledged, so"
                        + " allowed to be missing.", DurabilityViewModel.Tone.GOOD));
        assertThat(DurabilityViewModel.chaosKills(report))
                .containsExactly("14:00:03 killed broker-2 (leader of demo-0)", "not an instant: kept as it is");
        assertThat(DurabilityViewModel.rows(null)).extracting(DurabilityViewModel.Row::value).containsOnly("–");
    }

    @Test
    void aCheckWhereEverySendFailedProvedNothingAndSaysSo() {
        DurabilityReport refused = new DurabilityReport("compacted", "all", 10_000, Duration.ofSeconds(1),
                List.of(new DurabilityReport.PartitionResult(0, 10_000, 0, 10_000, 0, 0, 0, 0, 0)), List.of());
        DurabilityVerdict verdict = DurabilityVerdict.of(refused, false);
        assertThat(verdict.headline()).isEqualTo("Nothing to check");
        assertThat(verdict.explanation()).startsWith("All 10,000 sends failed, so no write was acknowledged to lose.");
        assertThat(verdict.tone()).isEqualTo(DurabilityViewModel.Tone.WARNING);
        assertThat(DurabilityViewModel.rows(refused)).as("no zero is good news where nothing was acknowledged")
                .extracting(DurabilityViewModel.Row::tone).doesNotContain(DurabilityViewModel.Tone.GOOD);
    }

    @Test
    void anIntactCheckSaysEveryAcknowledgedMessageCameBackOnceInOrder() {
        assertThat(DurabilityVerdict.of(report(2_000, 0, 0, 0), false)).isEqualTo(new DurabilityVerdict("Intact",
                "All 2,000 acknowledged messages were read back once, in order.", DurabilityViewModel.Tone.GOOD));
        assertThat(DurabilityVerdict.of(report(1, 0, 0, 0), false).explanation())
                .isEqualTo("The acknowledged message was read back once.");
    }

    @Test
    void lostAcknowledgedWritesAreBadNewsAndNamedFirst() {
        assertThat(DurabilityVerdict.of(report(2_000, 37, 0, 0), false)).isEqualTo(new DurabilityVerdict(
                "Not intact: 37 lost", "37 of 2,000 acknowledged messages are missing: writes the cluster"
                + " acknowledged were lost.", DurabilityViewModel.Tone.BAD));
        assertThat(DurabilityVerdict.of(report(2_000, 1_200, 3, 1), false).explanation()).isEqualTo("1,200 of 2,000"
                + " acknowledged messages are missing: writes the cluster acknowledged were lost. Also 3 were read back"
                + " more than once and 1 came back out of order.");
        assertThat(DurabilityViewModel.rows(report(2_000, 37, 0, 0))).extracting(DurabilityViewModel.Row::name,
                DurabilityViewModel.Row::tone).contains(tuple("Lost", DurabilityViewModel.Tone.BAD));
    }

    @Test
    void duplicatesAndMessagesOutOfOrderAreWorthALookButLoseNothing() {
        assertThat(DurabilityVerdict.of(report(10, 0, 2, 1), false)).isEqualTo(new DurabilityVerdict(
                "Not intact: 2 duplicated", "No acknowledged message was lost, but 2 were read back more than once"
                + " and 1 came back out of order.", DurabilityViewModel.Tone.WARNING));
        assertThat(DurabilityVerdict.of(report(10, 0, 0, 4), false)).isEqualTo(new DurabilityVerdict(
                "Not intact: 4 out of order", "No acknowledged message was lost, but 4 came back out of order.",
                DurabilityViewModel.Tone.WARNING));
        assertThat(DurabilityViewModel.rows(report(10, 0, 2, 1))).extracting(DurabilityViewModel.Row::name,
                DurabilityViewModel.Row::tone).contains(tuple("Lost", DurabilityViewModel.Tone.GOOD),
                tuple("Duplicated", DurabilityViewModel.Tone.WARNING),
                tuple("Out of order", DurabilityViewModel.Tone.WARNING));
    }

    @Test
    void chaosThatKilledNobodyTestedNoFailoverAndTheVerdictSaysSo() {
        DurabilityVerdict verdict = DurabilityVerdict.of(report(3_000, 0, 0, 0), true);
        assertThat(verdict.headline()).isEqualTo("Intact, but no leader was killed");
        assertThat(verdict.explanation()).isEqualTo("All 3,000 acknowledged messages were read back once, in order."
                + " Chaos killed nobody: producing took 1.0 s and its first kill comes 5 s in. Send more messages, or"
                + " fewer a second, to test a failover.");
        assertThat(verdict.tone()).as("no green: nothing was proved about a failover")
                .isEqualTo(DurabilityViewModel.Tone.WARNING);

        DurabilityReport killed = new DurabilityReport("demo", "all", 9_000, Duration.ofSeconds(9),
                report(9_000, 0, 0, 0).partitions(), List.of("2026-12-07T14:00:05Z killed broker-2 (leader of demo-0)"));
        assertThat(DurabilityVerdict.of(killed, true).headline()).isEqualTo("Intact");
    }

    @Test
    void aRunTooShortForChaosIsSaidBeforeItStarts() {
        assertThat(DurabilityViewModel.chaosHint(true, 3_000, 1_000)).isEqualTo("At this rate the run lasts about 3 s,"
                + " and chaos kills its first leader 5 s in: send more messages, or fewer a second.");
        assertThat(DurabilityViewModel.chaosHint(true, 100, 1_000)).contains("lasts about a second");
        assertThat(DurabilityViewModel.chaosHint(true, 10_000, 0)).startsWith("As fast as the cluster takes them");
        assertThat(DurabilityViewModel.chaosHint(true, 10_000, 1_000)).as("the form's default: 10 s").isEmpty();
        assertThat(DurabilityViewModel.chaosHint(false, 3_000, 1_000)).isEmpty();

        DurabilityViewModel model = new DurabilityViewModel(Runnable::run, Runnable::run);
        assertThat(model.chaosHint().get()).isEmpty();
        model.chaosProperty().set(true);
        model.messagesProperty().set(3_000);
        assertThat(model.chaosHint().get()).startsWith("At this rate the run lasts about 3 s");
    }

    @Test
    void saysHowManyTestMessagesItWritesIntoWhichTopic() {
        DurabilityViewModel model = new DurabilityViewModel(Runnable::run, Runnable::run);
        assertThat(model.whatItWrites().get()).startsWith("Writes 10,000 numbered test messages into the topic chosen");
        model.topicProperty().set("orders");
        model.messagesProperty().set(3_000);
        assertThat(model.whatItWrites().get()).isEqualTo("Writes 3,000 numbered test messages into orders with"
                + " acks=all, then reads them back: acknowledged but missing = lost. Leaders killed by chaos appear in"
                + " the timeline.");
    }

    /** One partition's report: every send acknowledged, {@code lost} of them not read back. */
    private static DurabilityReport report(long acknowledged, long lost, long duplicated, long outOfOrder) {
        return new DurabilityReport("demo", "all", acknowledged, Duration.ofSeconds(1),
                List.of(new DurabilityReport.PartitionResult(0, acknowledged, acknowledged, 0,
                        acknowledged - lost + duplicated, lost, duplicated, outOfOrder, 0)), List.of());
    }

    @Test
    void withoutAZooKeeperQuorumTheCheckIsNotRunAndSaysWhy() {
        DurabilityViewModel model = new DurabilityViewModel(Runnable::run, Runnable::run);
        List<DurabilityCheck.Options> ran = new ArrayList<>();
        model.runner((options, phase, progress) -> {
            ran.add(options);
            return null;
        });
        model.topicProperty().set("demo");
        model.quorumLost("no ZooKeeper quorum (1 of 3 serving)");
        assertThat(model.run().join()).isNull();
        assertThat(ran).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Not run: no ZooKeeper quorum (1 of 3 serving);");
        model.quorumLost(null);
        model.run().join();
        assertThat(ran).hasSize(1);
    }

    @Test
    void aFailingCheckSaysWhy() {
        DurabilityViewModel model = new DurabilityViewModel(Runnable::run, Runnable::run);
        model.runner((options, phase, progress) -> {
            throw new IllegalStateException("topic demo does not exist");
        });
        model.topicProperty().set("demo");
        List<io.brokerlab.app.UserAction> timeline = new ArrayList<>();
        model.onTimelineLine(timeline::add);
        model.run().exceptionally(e -> null).join();
        assertThat(model.problemProperty().get()).isEqualTo(new DurabilityProblem("The check did not run",
                "Topic demo does not exist. " + DurabilityProblem.CHECK_AND_RETRY, DurabilityViewModel.Tone.WARNING));
        assertThat(timeline).last().extracting(io.brokerlab.app.UserAction::what)
                .isEqualTo("durability check: the check did not run");
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.reportProperty().get()).isNull();
    }

    @Test
    void aCheckRefusedBeforeItsFirstSendIsAWarningUntilTheTopicChangesOrItRunsAgain() {
        String refusal = "Nothing was sent: all 6 partitions of orders have 1 in-sync replica, fewer than"
                + " min.insync.replicas=2, so Kafka refuses acks=all writes to them (NOT_ENOUGH_REPLICAS). broker-2 is"
                + " down: start it; run the check again once its replicas are back in sync.";
        DurabilityViewModel model = new DurabilityViewModel(Runnable::run, Runnable::run);
        List<DurabilityProblem> problemWhileRunning = new ArrayList<>();
        DurabilityViewModel.Runner refusesTwice = (options, phase, progress) -> {
            phase.accept("producing");
            model.tick();
            problemWhileRunning.add(model.problemProperty().get());
            if (problemWhileRunning.size() <= 2) {
                throw new DurabilityCheckException(refusal);
            }
            return report(10, 0, 0, 0);
        };
        model.runner(refusesTwice);
        model.topicProperty().set("orders");

        model.run().join();

        assertThat(model.problemProperty().get()).as("the launcher's account as it is: it says what to do")
                .isEqualTo(new DurabilityProblem("The check did not run", refusal, DurabilityViewModel.Tone.WARNING));
        assertThat(model.rowsProperty().get()).as("no check, no figures").isEqualTo(DurabilityViewModel.rows(null));
        assertThat(model.verdictProperty().get()).isNull();
        DurabilityViewModel.Memo kept = model.memo();
        model.runner((options, phase, progress) -> null);
        assertThat(model.problemProperty().get()).as("another cluster").isNull();
        model.runner(refusesTwice);
        model.restore(kept);
        assertThat(model.problemProperty().get()).as("back to the cluster it was about").isNotNull();

        model.topicProperty().set("payments");
        assertThat(model.problemProperty().get()).as("another topic").isNull();

        model.topicProperty().set("orders");
        model.run().join();
        assertThat(model.problemProperty().get()).isNotNull();
        model.run().join();
        assertThat(problemWhileRunning).as("gone as soon as the check runs again").containsOnlyNulls();
        assertThat(model.problemProperty().get()).isNull();
        assertThat(model.verdictProperty().get().headline()).isEqualTo("Intact");
    }

    @Test
    void aCheckThatFailsAfterSendingOrWhileReadingBackIsAnError() {
        DurabilityViewModel model = new DurabilityViewModel(Runnable::run, Runnable::run);
        model.topicProperty().set("demo");
        model.runner((options, phase, progress) -> {
            phase.accept("producing");
            progress.sentOne();
            throw new IllegalStateException("cannot send: the producer was closed");
        });
        model.run().join();
        assertThat(model.problemProperty().get()).isEqualTo(new DurabilityProblem("The check failed",
                "Cannot send: the producer was closed. " + DurabilityProblem.CHECK_AND_RETRY,
                DurabilityViewModel.Tone.BAD));

        model.runner((options, phase, progress) -> {
            phase.accept("producing");
            progress.sentOne();
            phase.accept("reading back");
            throw new DurabilityCheckException("Could not read demo back within 2 minutes.");
        });
        model.run().join();
        assertThat(model.problemProperty().get()).isEqualTo(new DurabilityProblem(
                "The check could not read its messages back", "Could not read demo back within 2 minutes.",
                DurabilityViewModel.Tone.BAD));
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
                "600 sends waiting for an acknowledgement for 5 s; the topic's metadata shows no reason yet",
                "600 sends waiting for an acknowledgement for 12 s: " + why,
                "");
        assertThat(model.problemProperty().get()).as("the launcher's account, not Kafka's words").isEqualTo(
                new DurabilityProblem("The check stopped",
                        "The check stopped after 600 sends: none was acknowledged in 10 s.", DurabilityViewModel.Tone.BAD));
        assertThat(model.statusProperty().get()).as("said once, in the problem").isEmpty();
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
