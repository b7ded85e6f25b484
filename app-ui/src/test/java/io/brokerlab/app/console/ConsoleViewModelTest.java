package io.brokerlab.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.MessageHeader;
import io.brokerlab.launcher.messaging.NoSuchTopicException;
import io.brokerlab.launcher.messaging.Publisher;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import io.brokerlab.launcher.messaging.Publisher.SendResult;
import io.brokerlab.launcher.messaging.TailedMessage;
import io.brokerlab.launcher.messaging.StartPosition;
import io.brokerlab.launcher.messaging.ValueFormat;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** No toolkit, no Kafka: a fake Messaging; the "FX thread" is a queue the test drains, like pulses. */
class ConsoleViewModelTest {

    private final ConcurrentLinkedQueue<Runnable> fxQueue = new ConcurrentLinkedQueue<>();
    private final LinkedBlockingQueue<List<TailedMessage>> toDeliver = new LinkedBlockingQueue<>();
    private final List<String> sent = new ArrayList<>();
    private final AtomicInteger fxTasks = new AtomicInteger();
    private final List<io.brokerlab.launcher.messaging.StartPosition> starts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Set<Integer>> tailedPartitions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicReference<RuntimeException> pollFailure = new AtomicReference<>();
    /** Messages the fake's latest tail has seen the model offer to its UI queue. */
    private final AtomicLong offered = new AtomicLong();
    /** The acks of every sender (producer) the fake made, and how many it closed. */
    private final List<Acks> sendersMade = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger sendersClosed = new AtomicInteger();

    private final Messaging fake = new Messaging() {
        @Override
        public Sender sender(Acks acks) {
            sendersMade.add(acks);
            return new Sender() {
                private long offset;

                @Override
                public int partitionCount(String topic) {
                    return 3;
                }

                @Override
                public Optional<String> stallReason(String topic, Integer partition, String key) {
                    return Optional.empty();
                }

                @Override
                public CompletableFuture<SendResult> send(String topic, Integer partition, String key, String value,
                                                          List<MessageHeader> headers) {
                    synchronized (sent) {
                        sent.add(key + "=" + value + (headers.isEmpty() ? "" : " " + headers.stream()
                                .map(h -> h.key() + "=" + h.value()).toList()));
                    }
                    if (value != null && value.contains("explode")) {
                        return CompletableFuture.failedFuture(new IllegalStateException("the producer was closed"));
                    }
                    // acks=0: the producer learns no offset and reports -1
                    return CompletableFuture.completedFuture(new SendResult(topic, partition == null ? 0 : partition,
                            acks == Acks.NONE ? -1 : offset++, null));
                }

                @Override
                public void close() {
                    sendersClosed.incrementAndGet();
                }
            };
        }

        @Override
        public Tail tail(String topic, io.brokerlab.launcher.messaging.StartPosition start, Set<Integer> partitions) {
            starts.add(start);
            tailedPartitions.add(partitions);
            return new QueuedTail(toDeliver, pollFailure::get, new AtomicLong(), offered);
        }
    };

    private ConsoleViewModel model() {
        return model(Runnable::run);
    }

    /** {@code background} other than Runnable::run for a test that acts while a send runs. */
    private ConsoleViewModel model(Executor background) {
        ConsoleViewModel model = new ConsoleViewModel(background, task -> {
            fxTasks.incrementAndGet();
            fxQueue.add(task);
        });
        model.attach(fake);
        model.topics().setAll("orders");
        model.topicProperty().set("orders");
        return model;
    }

    private boolean offeredToUi(long messages) {
        return offered.get() >= messages;
    }

    private void pulse() {
        Runnable task;
        while ((task = fxQueue.poll()) != null) {
            task.run();
        }
    }

    private static List<TailedMessage> messages(int from, int count) {
        List<TailedMessage> list = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            list.add(TailedMessage.ofText("orders", i % 3, i, 0L, "k" + i, "value " + i));
        }
        return list;
    }

    @Test
    void publishesNMessagesAndReportsPartitionAndOffset() {
        ConsoleViewModel model = model();
        model.publishing().keyProperty().set("id");
        model.publishing().valueProperty().set("order {n}");
        model.publishing().countProperty().set(3);
        model.publishing().rateProperty().set(1000);
        awaitDone(model.publishing().publish());
        assertThat(sent).containsExactly("id=order 1", "id=order 2", "id=order 3");
        assertThat(model.publishing().sendResults()).first().as("the key, which picks the partition")
                .isEqualTo("key id → partition 0 · offset 2");
        assertThat(model.publishing().sendStatusProperty().get())
                .isEqualTo("3 sent · last sent: key id → partition 0 · offset 2");
    }

    @Test
    void keepsOneProducerPerAcksAcrossSendsAndClosesThemWhenTheConnectionChanges() {
        ConsoleViewModel model = model();
        awaitDone(model.publishing().publish());
        awaitDone(model.publishing().publish());
        model.publishing().acksProperty().set(Acks.ONE);
        awaitDone(model.publishing().publish());
        model.publishing().acksProperty().set(Acks.ALL);
        awaitDone(model.publishing().publish());
        assertThat(sendersMade).as("one producer per acks level, reused").containsExactly(Acks.ALL, Acks.ONE);
        assertThat(sendersClosed).as("none closed between sends").hasValue(0);
        assertThat(model.publishing().sendResults()).first().as("the kept producer's offsets go on").isEqualTo("partition 0 · offset 2");

        model.attach(null);
        assertThat(sendersClosed).as("leaving the connection closes its producers").hasValue(2);
        model.attach(fake);
        model.topics().setAll("orders");
        model.topicProperty().set("orders");
        awaitDone(model.publishing().publish());
        assertThat(sendersMade).as("a new connection gets its own").containsExactly(Acks.ALL, Acks.ONE, Acks.ALL);
    }

    @Test
    void aDeletedTopicsProducersEndBeforeTheDeleteAndAnotherTopicsProducerIsKept() {
        ConsoleViewModel model = model();
        model.topics().setAll("orders", "payments", "audit");
        awaitDone(model.publishing().publish());
        model.topicProperty().set("payments");
        awaitDone(model.publishing().publish());
        model.topicProperty().set("audit");
        awaitDone(model.publishing().publish());
        assertThat(sendersMade).as("one producer per topic").hasSize(3);

        // the Topics view's delete: on its background thread, while the FX thread goes on
        CompletableFuture<Void> deleting = CompletableFuture.runAsync(() -> model.topicDeleting("orders"));
        awaitDone(deleting);
        assertThat(sendersClosed).as("orders' producer ended before the delete is asked").hasValue(1);

        // deleted elsewhere: the producer that sent to it ends as the topic leaves the list
        model.topics().setAll("orders", "audit");
        assertThat(sendersClosed).as("payments' producer ended").hasValue(2);
        awaitDone(model.publishing().publish());
        assertThat(sendersMade).as("audit's producer kept").hasSize(3);

        model.topicProperty().set("orders");
        awaitDone(model.publishing().publish());
        assertThat(sendersMade).as("a send to a topic of the deleted one's name starts afresh").hasSize(4);
    }

    @Test
    void aTombstoneSendsANullValueAndNullKeysAndValuesReadAsNullNotEmpty() {
        ConsoleViewModel model = model();
        model.publishing().keyProperty().set("customer-7");
        model.publishing().valueProperty().set("ignored while the box is ticked");
        model.publishing().nullValueProperty().set(true);
        awaitDone(model.publishing().publish());
        assertThat(sent).containsExactly("customer-7=null");

        TailedMessage tombstone = TailedMessage.ofText("orders", 0, 5, 0L, "customer-7", null);
        assertThat(model.table().messageText().tableValue(tombstone)).isEqualTo("∅ null (tombstone)");
        assertThat(model.table().messageText().detailValue(tombstone)).isEqualTo("∅ null (tombstone)");
        TailedMessage noKey = TailedMessage.ofText("orders", 0, 6, 0L, null, "");
        assertThat(model.table().messageText().tableKey(noKey)).isEqualTo("∅ null");
        assertThat(model.table().messageText().tableValue(noKey)).as("an empty value is not a null one").isEmpty();
        assertThat(model.table().messageText().detail(noKey)).contains("key: ∅ null\n");
    }

    @Test
    void headersKeepRepeatedKeysInOrderAndTakeEscapedCommasAndEquals() {
        assertThat(HeaderText.parse("tag=a, tag=b\nurl=x=1\\,y, csv=1\\,2\\,3, k\\=1=v, path=c:\\\\tmp"))
                .containsExactly(new MessageHeader("tag", "a"), new MessageHeader("tag", "b"),
                        new MessageHeader("url", "x=1,y"), new MessageHeader("csv", "1,2,3"),
                        new MessageHeader("k=1", "v"), new MessageHeader("path", "c:\\tmp"));
        assertThat(HeaderText.parse("  ")).isEmpty();
        assertThat(HeaderText.parse("empty=")).containsExactly(new MessageHeader("empty", ""));

        ConsoleViewModel model = model();
        assertThat(model.publishing().headersProblemProperty().get()).isNull();
        model.publishing().headersProperty().set("a=1, b");
        assertThat(model.publishing().headersProblemProperty().get()).as("said as the user types").contains("'b' has no =");
        model.publishing().headersProperty().set("=1");
        assertThat(model.publishing().headersProblemProperty().get()).contains("needs a key");
        model.publishing().headersProperty().set("a=1\\x");
        assertThat(model.publishing().headersProblemProperty().get()).contains("not before 'x'");
        model.publishing().headersProperty().set("a=1\\");
        assertThat(model.publishing().headersProblemProperty().get()).contains("not at the end");
        model.publishing().publish();
        assertThat(sent).as("malformed headers send nothing").isEmpty();
        assertThat(model.publishing().sendStatusProperty().get()).contains("not at the end");

        model.publishing().headersProperty().set("tag=a, tag=b");
        awaitDone(model.publishing().publish());
        assertThat(model.publishing().headersProblemProperty().get()).isNull();
        assertThat(sent).containsExactly("null= [tag=a, tag=b]");
        TailedMessage repeated = new TailedMessage("orders", 0, 1, 0L, null, new byte[0], new org.apache.kafka.common
                .header.Header[] {new org.apache.kafka.common.header.internals.RecordHeader("tag", "a".getBytes()),
                new org.apache.kafka.common.header.internals.RecordHeader("tag", "b".getBytes())}, ValueFormat.TEXT);
        assertThat(model.table().messageText().detail(repeated)).contains("header tag: a\nheader tag: b\n");

        // the filter finds a message by its headers too, as they were typed
        model.table().add(List.of(repeated, TailedMessage.ofText("orders", 0, 2, 0L, null, "no headers")), 0);
        model.table().filterProperty().set("TAG=B");
        assertThat(model.table().visibleMessages()).containsExactly(repeated);
    }

    @Test
    void failuresSayWhatToDo() {
        ConsoleViewModel model = model();
        model.attach(cluster((topic, partition, key, value) -> CompletableFuture.completedFuture(
                new Publisher.SendResult(topic, -1, -1, new NotEnoughReplicasException(
                        "Messages are rejected since there are fewer in-sync replicas than required."))),
                topic -> {
                    throw new NoSuchTopicException(topic);
                }));
        model.topics().setAll("orders", "demo");
        model.topicProperty().set("orders");
        awaitDone(model.publishing().publish());
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("0 sent, 1 failed (first: fewer in-sync replicas than"
                + " min.insync.replicas: start the stopped brokers (acks=1 writes are taken meanwhile, but not readable until then))");

        model.topicProperty().set("demo");
        model.tail().startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return !model.tail().tailingProperty().get();
        });
        assertThat(model.tail().tailStatusProperty().get())
                .isEqualTo("Cannot tail demo: no such topic: demo — create it in Topics or pick another topic");
    }

    @Test
    void sendsHeadersTailsFromOffsetTimeOrLastNAndShowsHexOrPrettyJson() {
        ConsoleViewModel model = model();
        model.publishing().valueProperty().set("{\"a\":1}");
        model.publishing().headersProperty().set("trace-id=42, source = ui");
        awaitDone(model.publishing().publish());
        assertThat(sent).containsExactly("null={\"a\":1} [trace-id=42, source=ui]");
        model.publishing().headersProperty().set("oops");
        model.publishing().publish();
        assertThat(model.publishing().sendStatusProperty().get()).contains("key=value");

        model.tail().startModeProperty().set(StartMode.OFFSET);
        model.tail().startValueProperty().set("x");
        model.tail().startTail();
        assertThat(model.tail().tailStatusProperty().get()).isEqualTo("The offset must be a number");
        model.tail().startValueProperty().set("120");
        model.tail().startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !starts.isEmpty());
        assertThat(starts).containsExactly(new StartPosition.AtOffset(120));
        model.tail().stopTail();
        java.time.ZonedDateTime now = Instant.parse("2026-11-25T01:00:00Z").atZone(java.time.ZoneOffset.UTC);
        assertThat(TailStartText.startPosition(StartMode.TIMESTAMP, "5m", now))
                .isEqualTo(new StartPosition.AtTimestamp(now.toInstant().minusSeconds(300).toEpochMilli()));
        assertThat(TailStartText.startPosition(StartMode.TIMESTAMP, "2026-11-25T00:00:00Z", now))
                .isEqualTo(new StartPosition.AtTimestamp(now.toInstant().minusSeconds(3600).toEpochMilli()));
        assertThat(TailStartText.startPosition(StartMode.LAST, "10", now))
                .isEqualTo(new StartPosition.LastPerPartition(10));

        TailedMessage m = TailedMessage.ofText("orders", 0, 1, 0L, "k", "{\"a\":{\"b\":2}}");
        model.table().formatProperty().set(ValueFormat.HEX);
        assertThat(model.table().messageText().tableValue(m)).startsWith("7b 22 61 22");
        model.table().formatProperty().set(ValueFormat.JSON);
        assertThat(model.table().messageText().detailValue(m)).contains("\n").contains("\"b\" : 2");
        assertThat(model.table().messageText().tableValue(m)).isEqualTo("{\"a\":{\"b\":2}}");
    }

    @Test
    void startPositionsRefuseNegativesTakeEpochSecondsOrMillisAndAnHourStillToComeIsYesterdays() {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.parse("2026-11-25T00:10:00+01:00[Europe/Paris]");
        StartMode time = StartMode.TIMESTAMP;
        assertThat(TailStartText.startPosition(time, "1764025200", now))
                .isEqualTo(new StartPosition.AtTimestamp(1_764_025_200_000L));
        assertThat(TailStartText.startPosition(time, "1764025200123", now))
                .isEqualTo(new StartPosition.AtTimestamp(1_764_025_200_123L));
        assertThat(TailStartText.startPosition(time, "23:50", now)).as("not yet 23:50 today")
                .isEqualTo(new StartPosition.AtTimestamp(Instant.parse("2026-11-24T22:50:00Z").toEpochMilli()));
        assertThat(TailStartText.startPosition(time, "0:05", now))
                .isEqualTo(new StartPosition.AtTimestamp(Instant.parse("2026-11-24T23:05:00Z").toEpochMilli()));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> TailStartText.startPosition(time, "17640252001", now)))
                .hasMessage("An epoch time has 10 digits (seconds) or 13 (milliseconds), not 11");

        ConsoleViewModel model = model();
        model.tail().startModeProperty().set(StartMode.LAST);
        model.tail().startValueProperty().set("-5");
        model.tail().startTail();
        assertThat(model.tail().tailStatusProperty().get()).isEqualTo("N must be 0 or more messages per partition");
        model.tail().startModeProperty().set(StartMode.OFFSET);
        assertThat(model.tail().startValueProperty().get()).as("a count is no offset: the field shows its hint again")
                .isEmpty();
        model.tail().startValueProperty().set("-5");
        model.tail().startTail();
        assertThat(model.tail().tailStatusProperty().get())
                .isEqualTo("The offset must be 0 or more: offsets count a partition's messages from 0");
        assertThat(starts).as("nothing tailed").isEmpty();

        model.tail().startModeProperty().set(StartMode.TIMESTAMP);
        model.tail().startValueProperty().set("1764025200");
        model.tail().startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.tail().tailStatusProperty().get().startsWith("Tailing");
        });
        assertThat(model.tail().tailStatusProperty().get())
                .isEqualTo("Tailing orders from " + MessageTimes.format(1_764_025_200_000L));
        model.tail().stopTail();
    }

    /** An offset past a partition's end: the tail says why it shows only new messages, once the tail knows. */
    @Test
    void aTailThatCannotStartAsAskedSaysWhy() {
        ConsoleViewModel model = model();
        String why = "offset 1,000 is past the end of partition 0 (next offset 11): new messages only";
        AtomicReference<String> note = new AtomicReference<>("");
        model.attach(cluster(answeredLater(new java.util.concurrent.CopyOnWriteArrayList<>()), topic ->
                new Messaging.Tail() {
                    @Override
                    public List<TailedMessage> poll(Duration timeout) {
                        return List.of();
                    }

                    @Override
                    public String startNote() {
                        return note.get();
                    }

                    @Override
                    public void wakeup() {
                    }

                    @Override
                    public void close() {
                    }
                }));
        model.topics().setAll("orders");
        model.topicProperty().set("orders");
        model.tail().startModeProperty().set(StartMode.OFFSET);
        model.tail().startValueProperty().set("1000");
        model.tail().startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.tail().tailStatusProperty().get().startsWith("Tailing");
        });
        assertThat(model.tail().tailStatusProperty().get()).isEqualTo("Tailing orders from offset 1,000");
        note.set(why);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.tail().tailStatusProperty().get().equals("Tailing orders from offset 1,000 · " + why);
        });
        model.tail().stopTail();
    }

    @Test
    void aTimeCopiedFromTheTableIsTakenInEitherOfItsForms() {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.parse("2026-11-25T15:00:00+01:00[Europe/Paris]");
        StartMode time = StartMode.TIMESTAMP;
        assertThat(TailStartText.startPosition(time, "14:05:12.345", now)).as("today's, as the table shows it")
                .isEqualTo(new StartPosition.AtTimestamp(Instant.parse("2026-11-25T13:05:12.345Z").toEpochMilli()));
        assertThat(TailStartText.startPosition(time, "2025-01-04 14:05:12.345", now)).as("another day's")
                .isEqualTo(new StartPosition.AtTimestamp(Instant.parse("2025-01-04T13:05:12.345Z").toEpochMilli()));
        assertThat(TailStartText.startPosition(time, "2025-01-04 14:05", now))
                .isEqualTo(new StartPosition.AtTimestamp(Instant.parse("2025-01-04T13:05:00Z").toEpochMilli()));
        assertThat(TailStartText.startPosition(time, "2025-07-04 14:05:12", now)).as("in summer time")
                .isEqualTo(new StartPosition.AtTimestamp(Instant.parse("2025-07-04T12:05:12Z").toEpochMilli()));
        assertThat(TailStartText.startPosition(time, "9:05:00.5", now))
                .isEqualTo(new StartPosition.AtTimestamp(Instant.parse("2026-11-25T08:05:00.500Z").toEpochMilli()));
        long displayed = Instant.parse("2026-11-20T08:30:01.250Z").toEpochMilli();
        assertThat(TailStartText.startPosition(time,
                MessageTimes.format(displayed, now.getZone(), now.toLocalDate()), now))
                .as("what the Time column shows reads back").isEqualTo(new StartPosition.AtTimestamp(displayed));
        for (String wrong : List.of("2025-13-04 14:05", "25:00", "14:5", "2025-01-04 14:05:12.", "yesterday")) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> TailStartText.startPosition(time, wrong,
                    now))).as(wrong).hasMessage("The time must be like 5m (ago), 14:05, 14:05:12.345,"
                    + " 2026-11-25 14:05:12.345 (local time, as the table shows it), 2026-11-25T01:00:00Z or epoch"
                    + " seconds or milliseconds");
        }
    }

    @Test
    void changingTheTopicWhileTailingStopsTheTailAndSaysSo() {
        ConsoleViewModel model = model();
        model.topics().setAll("orders", "payments");
        model.tail().startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.tail().tailStatusProperty().get().startsWith("Tailing");
        });

        model.topicProperty().set("payments");
        assertThat(model.tail().tailingProperty().get()).isFalse();
        assertThat(model.tail().tailStatusProperty().get())
                .isEqualTo("Stopped tailing orders: topic changed to payments; press Tail");
        assertThat(model.tail().tailedTopicProperty().get()).isEqualTo("orders");
        pulse();
        assertThat(model.tail().tailStatusProperty().get()).as("the old tail's thread has nothing more to say")
                .isEqualTo("Stopped tailing orders: topic changed to payments; press Tail");

        model.tail().startTail();
        assertThat(model.tail().tailedTopicProperty().get()).isEqualTo("payments");
        model.topicProperty().set("payments");
        assertThat(model.tail().tailingProperty().get()).as("the same topic again").isTrue();
        // the Topic box's list replaced (a topic created elsewhere): it empties itself, then shows payments again
        model.topicProperty().set(null);
        model.topics().setAll("orders", "payments", "refunds");
        model.topicProperty().set("payments");
        assertThat(model.tail().tailingProperty().get()).as("no other topic was chosen").isTrue();
        model.topicProperty().set("orders");
        assertThat(model.tail().tailStatusProperty().get()).isEqualTo("Stopped tailing payments: topic changed to orders; press Tail");
        model.topicProperty().set("refunds");
        assertThat(model.tail().tailStatusProperty().get()).as("no tail to stop")
                .isEqualTo("Stopped tailing payments: topic changed to orders; press Tail");
    }

    /**
     * A tail slow to connect (the Tailer looks the topic up for up to 15 s) and replaced meanwhile must not take the
     * later tail's place on its way out: Stop would no longer wake that one.
     */
    @Test
    void aTailThatConnectsAfterALaterOneLeavesTheLaterOneForStopToWake() throws InterruptedException {
        CountDownLatch firstConnecting = new CountDownLatch(1);
        CountDownLatch firstMayConnect = new CountDownLatch(1);
        WakeableTail first = new WakeableTail();
        WakeableTail second = new WakeableTail();
        AtomicInteger tailsMade = new AtomicInteger();
        ConsoleViewModel model = model();
        model.attach(cluster(answeredLater(new java.util.concurrent.CopyOnWriteArrayList<>()), topic -> {
            if (tailsMade.incrementAndGet() > 1) {
                return second;
            }
            firstConnecting.countDown();
            WakeableTail.await(firstMayConnect, Duration.ofSeconds(10));
            return first;
        }));
        model.tail().startTail();
        assertThat(firstConnecting.await(10, TimeUnit.SECONDS)).isTrue();
        model.tail().startTail();
        assertThat(second.polling.await(10, TimeUnit.SECONDS)).as("the second tail runs").isTrue();

        firstMayConnect.countDown();
        assertThat(first.closed.await(10, TimeUnit.SECONDS)).as("the first tail, connected too late, is gone").isTrue();
        model.tail().stopTail();

        assertThat(second.woken.getCount()).as("Stop woke the second tail").isZero();
        assertThat(second.closed.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void pastedHeaderLinesBecomeSeparateHeaders() {
        assertThat(HeaderText.SYNTAX).doesNotContain("new line");
        assertThat(HeaderText.parse(HeaderText.linesToCommas("trace-id=42\r\nsource=ui\n\nnote=x\\,y\n")))
                .containsExactly(new MessageHeader("trace-id", "42"), new MessageHeader("source", "ui"),
                        new MessageHeader("note", "x,y"));
    }

    @Test
    void timesAreLocalWithTheDateWhenNotToday() {
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        long at = Instant.parse("2026-11-24T23:30:00.250Z").toEpochMilli();
        assertThat(MessageTimes.format(at, paris, java.time.LocalDate.of(2026, 11, 25))).isEqualTo("00:30:00.250");
        assertThat(MessageTimes.format(at, paris, java.time.LocalDate.of(2026, 11, 26)))
                .isEqualTo("2026-11-25 00:30:00.250");
        TailedMessage m = TailedMessage.ofText("orders", 0, 1, at, "k", "v");
        assertThat(model().table().messageText().detail(m)).as("the detail in the table's zone and form")
                .contains(" · offset 1 · " + MessageTimes.format(at) + "\n");
    }

    @Test
    void theTailLineCountsWithSeparatorsSaysWhatTheBoundedTableKeptAndWhatMatches() {
        ConsoleViewModel model = model();
        model.table().pausedProperty().set(true);
        model.tail().startTail();
        assertThat(model.table().pausedProperty().get()).as("a new tail is not paused").isFalse();
        toDeliver.add(messages(0, MessageTableViewModel.MAX_ROWS + 1_234));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.table().receivedProperty().get() == MessageTableViewModel.MAX_ROWS + 1_234;
        });
        assertThat(model.table().tailSummaryProperty().get()).startsWith("6,234 received · newest 5,000 shown · Tailing orders");
        model.table().filterProperty().set("value 623");
        assertThat(model.table().tailSummaryProperty().get()).as("6230 to 6233: 623 itself was let go")
                .startsWith("6,234 received · newest 5,000 shown · 4 of them match · Tailing orders");
        model.table().filterProperty().set("");
        model.tail().stopTail();
        assertThat(model.table().tailSummaryProperty().get()).isEqualTo("6,234 received · newest 5,000 shown · Stopped");
    }

    @Test
    void aFloodOfMessagesReachesTheUiInFewBatchesAndTheTableStaysBounded() {
        ConsoleViewModel model = model();
        model.tail().startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !fxQueue.isEmpty());
        pulse();
        int tasksBefore = fxTasks.get();
        for (int i = 0; i < 20; i++) {
            toDeliver.add(messages(i * 1000, 1000));
        }
        // every batch offered, so the one pending UI task carries them all (the tail thread offers before it polls again)
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> toDeliver.isEmpty() && offeredToUi(20_000));
        pulse();
        // 20,000 messages, without pulses in between: a single UI task carried them all
        assertThat(fxTasks.get() - tasksBefore).isLessThanOrEqualTo(2);
        assertThat(model.table().receivedProperty().get()).isEqualTo(20_000);
        assertThat(model.table().messages()).hasSize(MessageTableViewModel.MAX_ROWS);
        assertThat(model.table().messages().get(model.table().messages().size() - 1).offset()).isEqualTo(19_999);
        model.tail().stopTail();
    }

    @Test
    void pickingARowStopsFollowingButTheTableMovingItsSelectionDoesNot() {
        ConsoleViewModel model = model();
        model.tail().startTail();
        toDeliver.add(messages(0, 10));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.table().receivedProperty().get() == 10;
        });
        model.table().select(model.table().messages().get(3));
        assertThat(model.table().followingProperty().get()).as("the user's pick stays in view").isFalse();
        model.table().followingProperty().set(true);
        // as a table does when the rows it selected are let go: it selects another row while the batch goes in
        model.table().messages().addListener((javafx.collections.ListChangeListener<TailedMessage>) c ->
                model.table().select(model.table().messages().get(0)));
        toDeliver.add(messages(10, MessageTableViewModel.MAX_ROWS));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.table().receivedProperty().get() == 10 + MessageTableViewModel.MAX_ROWS;
        });
        assertThat(model.table().selectedProperty().get().offset()).as("the table's own move is not a pick").isEqualTo(3);
        assertThat(model.table().followingProperty().get()).as("turned back on by the user, kept on").isTrue();
        model.tail().stopTail();
    }

    @Test
    void aPickedMessageKeepsItsRowAsOlderOnesGoAndOnceLetGoStaysInTheDetailWithANote() {
        MessageTableViewModel table = model().table();
        table.add(messages(0, MessageTableViewModel.MAX_ROWS), 0);
        TailedMessage picked = table.visibleMessages().get(2362);
        table.select(picked);
        // as the table does while a batch goes in: its selection stays at the row index, on another message
        javafx.collections.ListChangeListener<TailedMessage> tableMovingItself = c -> table.select(table.messages().get(0));
        table.messages().addListener(tableMovingItself);

        table.add(messages(MessageTableViewModel.MAX_ROWS, 2_000), 0);
        assertThat(table.selectedProperty().get()).as("still in the table: still picked").isSameAs(picked);
        assertThat(table.selectedRowProperty().get()).as("2,000 older rows gone").isEqualTo(362);
        assertThat(table.visibleMessages().get(table.selectedRowProperty().get())).isSameAs(picked);
        assertThat(table.selectionNoteProperty().get()).isEmpty();

        table.add(messages(MessageTableViewModel.MAX_ROWS + 2_000, 1_000), 0);
        assertThat(table.messages()).doesNotContain(picked);
        assertThat(table.selectedProperty().get()).as("let go by the table, still read").isSameAs(picked);
        assertThat(table.selectedRowProperty().get()).as("no row: none of the others").isEqualTo(-1);
        assertThat(table.selectionNoteProperty().get())
                .isEqualTo("No longer in the table: the tail keeps only the newest 5,000 messages.");
        table.messages().removeListener(tableMovingItself);
        table.select(null);
        assertThat(table.selectedProperty().get()).as("the table clearing its selection, not the user").isSameAs(picked);

        TailedMessage another = table.visibleMessages().get(10);
        table.select(another);
        assertThat(table.selectedProperty().get()).isSameAs(another);
        assertThat(table.selectedRowProperty().get()).isEqualTo(10);
        assertThat(table.selectionNoteProperty().get()).isEmpty();
        table.select(null);
        assertThat(table.selectedProperty().get()).as("the user clearing the selection").isNull();
        assertThat(table.selectedRowProperty().get()).isEqualTo(-1);
    }

    @Test
    void theFilterMovesThePickedRowAndHidingItLetsGoOfIt() {
        MessageTableViewModel table = model().table();
        table.add(messages(0, 100), 0);
        TailedMessage picked = table.visibleMessages().get(42);
        table.select(picked);
        table.filterProperty().set("value 4");
        assertThat(table.selectedRowProperty().get()).as("value 4, 40 to 49: the 3rd").isEqualTo(3);
        table.filterProperty().set("value 5");
        assertThat(table.selectedProperty().get()).isNull();
        assertThat(table.selectedRowProperty().get()).isEqualTo(-1);
        assertThat(table.selectionNoteProperty().get()).isEmpty();
    }

    @Test
    void aPickedMessageLetGoWhilePausedGoesWhenThePauseEnds() {
        MessageTableViewModel table = model().table();
        table.add(messages(0, MessageTableViewModel.MAX_ROWS), 0);
        TailedMessage picked = table.visibleMessages().get(4);
        table.select(picked);
        table.pausedProperty().set(true);
        table.add(messages(MessageTableViewModel.MAX_ROWS, 5), 0);
        assertThat(table.selectedRowProperty().get()).as("held, not shown").isEqualTo(4);
        table.pausedProperty().set(false);
        assertThat(table.selectedRowProperty().get()).isEqualTo(-1);
        assertThat(table.selectedProperty().get()).isSameAs(picked);
        assertThat(table.selectionNoteProperty().get()).isNotEmpty();
    }

    @Test
    void pauseHoldsMessagesAndFilterSearchesKeyAndValue() {
        ConsoleViewModel model = model();
        // as the view's label does: a listener words the summary the moment the count changes
        List<String> summaries = new ArrayList<>();
        model.table().tailSummaryProperty().addListener((o, was, now) -> summaries.add(now));
        model.tail().startTail();
        model.table().pausedProperty().set(true);
        toDeliver.add(messages(0, 10));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.table().receivedProperty().get() == 10;
        });
        assertThat(model.table().messages()).isEmpty();
        assertThat(summaries).as("held while paused, none let go").last().asString()
                .startsWith("10 received · 10 held while paused · Tailing");
        toDeliver.add(messages(10, MessageTableViewModel.MAX_ROWS));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.table().receivedProperty().get() == 10 + MessageTableViewModel.MAX_ROWS;
        });
        assertThat(model.table().messages()).as("the table keeps what it showed before the pause").isEmpty();
        assertThat(model.table().tailSummaryProperty().get())
                .startsWith("5,010 received · 5,000 held while paused (the newest; older ones let go) · Tailing");
        model.table().pausedProperty().set(false);
        assertThat(model.table().messages()).hasSize(MessageTableViewModel.MAX_ROWS);
        assertThat(model.table().messages().get(0).offset()).as("the oldest held ones went first").isEqualTo(10);
        assertThat(model.table().tailSummaryProperty().get()).startsWith("5,010 received · newest 5,000 shown · Tailing");
        model.table().filterProperty().set("value 4321");
        assertThat(model.table().visibleMessages()).singleElement().satisfies(m -> assertThat(m.key()).isEqualTo("k4321"));
        model.tail().stopTail();
        assertThat(model.tail().tailingProperty().get()).isFalse();
    }

    @Test
    void aTailThatFailsSaysWhyAndStops() {
        ConsoleViewModel model = model();
        model.tail().startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.tail().tailStatusProperty().get().startsWith("Tailing");
        });
        pollFailure.set(new IllegalStateException("Timeout expired while fetching topic metadata."));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return !model.tail().tailingProperty().get();
        });
        assertThat(model.tail().tailStatusProperty().get()).isEqualTo("Tail stopped: Timeout expired while fetching topic "
                + "metadata. Check the cluster is running and press Tail again.");
        assertThat(model.tail().problems().reasonProperty().get()).as("for the empty table").isEqualTo(
                model.tail().tailStatusProperty().get());
    }

    @Test
    void aStartOrPartitionsItCannotReadMarkTheFieldAndLeaveTheRunningTailAndItsRowsAlone() {
        ConsoleViewModel model = model();
        model.tail().startTail();
        toDeliver.add(messages(0, 3));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.table().messages().size() == 3;
        });
        model.tail().startModeProperty().set(StartMode.OFFSET);
        model.tail().startValueProperty().set("abc");
        model.tail().startTail();
        assertThat(model.tail().problems().startValueProperty().get()).isEqualTo("The offset must be a number");
        assertThat(model.tail().problems().reasonProperty().get()).isEqualTo("The offset must be a number");
        assertThat(model.tail().tailStatusProperty().get()).isEqualTo("The offset must be a number (still tailing orders)");
        assertThat(model.tail().tailingProperty().get()).as("the tail running before").isTrue();
        assertThat(model.table().messages()).as("its rows").hasSize(3);
        assertThat(starts).as("no other tail started").hasSize(1);

        model.tail().startValueProperty().set("12");
        assertThat(model.tail().problems().startValueProperty().get()).as("edited: no longer known to be wrong").isNull();
        assertThat(model.tail().problems().reasonProperty().get()).isNull();

        model.tail().tailPartitionsProperty().set("1;2");
        model.tail().startTail();
        assertThat(model.tail().problems().partitionsProperty().get()).startsWith("Partitions are all, or numbers");
        assertThat(model.tail().problems().startValueProperty().get()).isNull();
        assertThat(starts).hasSize(1);
        // a partition the topic is known not to have: refused before the running tail is stopped
        model.tail().knownPartitionCounts(topic -> java.util.OptionalInt.of(3));
        model.tail().tailPartitionsProperty().set("1,7");
        model.tail().startTail();
        assertThat(model.tail().problems().partitionsProperty().get())
                .isEqualTo("orders has partitions 0–2; there is no partition 7");
        assertThat(model.tail().tailStatusProperty().get()).isEqualTo("orders has partitions 0–2; there is no partition 7:"
                + " change Partitions, or leave it empty for all (still tailing orders)");
        assertThat(model.tail().tailingProperty().get()).isTrue();
        assertThat(model.table().messages()).hasSize(3);
        assertThat(starts).hasSize(1);
        model.tail().tailPartitionsProperty().set("1");
        model.tail().startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> starts.size() == 2);
        assertThat(model.tail().problems().partitionsProperty().get()).isNull();
        assertThat(model.tail().problems().reasonProperty().get()).isNull();
        model.tail().stopTail();
    }

    @Test
    void aPartitionTheTopicLacksIsSaidPlainlyAndMarksThePartitions() {
        assertThat(new io.brokerlab.launcher.messaging.NoSuchPartitionException("one", 1, Set.of(3, 1)).getMessage())
                .isEqualTo("one has only partition 0; there are no partitions 1, 3");
        ConsoleViewModel model = model();
        model.attach(cluster(answeredLater(new ArrayList<>()), topic -> {
            throw new io.brokerlab.launcher.messaging.NoSuchPartitionException(topic, 3, Set.of(7));
        }));
        model.tail().tailPartitionsProperty().set("7");
        model.tail().startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return !model.tail().tailingProperty().get();
        });
        assertThat(model.tail().problems().reasonProperty().get())
                .isEqualTo("orders has partitions 0–2; there is no partition 7: change Partitions, or leave it empty for all");
        assertThat(model.tail().tailStatusProperty().get()).isEqualTo(model.tail().problems().reasonProperty().get());
        assertThat(model.tail().problems().partitionsProperty().get()).isEqualTo("orders has partitions 0–2; there is no partition 7");
        // the Topic box's list replaced: it empties itself, then shows orders again
        model.topicProperty().set(null);
        model.topics().setAll("orders", "payments");
        model.topicProperty().set("orders");
        assertThat(model.tail().problems().reasonProperty().get()).as("still orders").isNotNull();
        model.topicProperty().set("payments");
        assertThat(model.tail().problems().reasonProperty().get()).as("said of another topic").isNull();
        assertThat(model.tail().problems().partitionsProperty().get()).isNull();
    }

    @Test
    void tailsAllPartitionsOrTheChosenOnes() {
        ConsoleViewModel model = model();
        model.tail().tailPartitionsProperty().set("2, x");
        model.tail().startTail();
        assertThat(model.tail().tailStatusProperty().get())
                .isEqualTo("Partitions are all, or numbers separated by commas like 0,2 (not 'x')");
        assertThat(model.tail().tailingProperty().get()).isFalse();
        model.tail().tailPartitionsProperty().set(" 2,0 ");
        model.tail().startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> tailedPartitions.size() == 1);
        model.tail().tailPartitionsProperty().set("all");
        model.tail().startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> tailedPartitions.size() == 2);
        model.tail().tailPartitionsProperty().set("");
        model.tail().startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> tailedPartitions.size() == 3);
        model.tail().stopTail();
        assertThat(tailedPartitions).containsExactly(Set.of(0, 2), Set.of(), Set.of());
    }

    @Test
    void generatesTheValueUnchangedUnlessItNumbersThemWithN() {
        ConsoleViewModel model = model();
        model.publishing().valueProperty().set("{\"a\":1}");
        model.publishing().countProperty().set(2);
        model.publishing().rateProperty().set(1000);
        awaitDone(model.publishing().publish());
        model.publishing().valueProperty().set("{\"order\":{n}}");
        model.publishing().countProperty().set(1);
        awaitDone(model.publishing().publish());
        assertThat(sent).containsExactly("null={\"a\":1}", "null={\"a\":1}", "null={\"order\":1}");
    }

    @Test
    void nGoesOnCountingAcrossSendsSoNoTwoMessagesLookAlike() {
        ConsoleViewModel model = model();
        model.publishing().valueProperty().set("hello {n}");
        for (int i = 0; i < 3; i++) {
            awaitDone(model.publishing().publish());
        }
        model.publishing().valueProperty().set("plain");
        awaitDone(model.publishing().publish());
        model.publishing().valueProperty().set("{n}: hello {n}");
        model.publishing().countProperty().set(2);
        model.publishing().rateProperty().set(1000);
        awaitDone(model.publishing().publish());
        assertThat(sent).containsExactly("null=hello 1", "null=hello 2", "null=hello 3", "null=plain",
                "null=4: hello 4", "null=5: hello 5");
    }

    @Test
    void theStatusNamesTheLastMessageSentWhenAcknowledgementsComeBackOutOfOrder() {
        List<CompletableFuture<SendResult>> replies = new java.util.concurrent.CopyOnWriteArrayList<>();
        ConsoleViewModel model = model(task -> new Thread(task, "test-send").start());
        model.attach(cluster(answeredLater(replies), ConsoleViewModelTest::noTail));
        model.publishing().countProperty().set(3);
        model.publishing().rateProperty().set(1_000_000);
        CompletableFuture<Void> done = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> replies.size() == 3);
        // as a producer's batches to two partitions come back: the last send out is not the last acknowledged
        replies.get(2).complete(new SendResult("orders", 1, 6, null));
        replies.get(0).complete(new SendResult("orders", 1, 5, null));
        replies.get(1).complete(new SendResult("orders", 0, 7, null));
        awaitDone(done);
        assertThat(model.publishing().sendResults()).as("newest first, each numbered").containsExactly(
                "#2 → partition 0 · offset 7", "#1 → partition 1 · offset 5", "#3 → partition 1 · offset 6");
        assertThat(model.publishing().sendStatusProperty().get())
                .isEqualTo("3 sent · last sent: #3 → partition 1 · offset 6");
    }

    /** Pulses until {@code done}, since a send reports on the "FX thread". */
    private void awaitDone(CompletableFuture<Void> done) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return done.isDone();
        });
    }

    @Test
    void aLongGenerationHoldsNoFuturePerMessageAndStillNamesTheLastSend() {
        int n = 10_000;
        Queue<WeakReference<Object>> chained = new ConcurrentLinkedQueue<>();
        Watched<SendResult> lastReply = new Watched<>(chained);
        AtomicInteger sends = new AtomicInteger();
        ConsoleViewModel model = model(task -> new Thread(task, "test-send").start());
        model.attach(cluster((topic, partition, key, value) -> {
            int offset = sends.getAndIncrement();
            if (offset == n - 1) {
                return lastReply;
            }
            Watched<SendResult> reply = new Watched<>(chained);
            reply.complete(new SendResult(topic, 0, offset, null));
            return reply;
        }, ConsoleViewModelTest::noTail));
        model.publishing().countProperty().set(n);
        model.publishing().rateProperty().set(1_000_000);
        CompletableFuture<Void> done = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sends.get() == n);
        // every send but the last has completed: what the model chained onto them must be garbage by now
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            System.gc();
            return chained.stream().filter(r -> r.get() != null).count() <= 2;
        });
        lastReply.complete(new SendResult("orders", 0, n - 1, null));
        awaitDone(done);
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("10,000 sent · last sent: #10000 → partition 0 · offset 9999");
    }

    /** A send's future whose dependents (what the model chains onto it) the test can watch being collected. */
    private static final class Watched<T> extends CompletableFuture<T> {
        private final Queue<WeakReference<Object>> dependents;

        Watched(Queue<WeakReference<Object>> dependents) {
            this.dependents = dependents;
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            Watched<U> dependent = new Watched<>(dependents);
            dependents.add(new WeakReference<>(dependent));
            return dependent;
        }
    }

    @Test
    void aRunOfSeveralShowsItsProgressOncePerPulse() {
        List<CompletableFuture<SendResult>> replies = new java.util.concurrent.CopyOnWriteArrayList<>();
        ConsoleViewModel model = model(task -> new Thread(task, "test-send").start());
        model.attach(cluster(answeredLater(replies), ConsoleViewModelTest::noTail));
        List<String> statuses = new ArrayList<>();
        model.publishing().sendStatusProperty().addListener((o, was, now) -> statuses.add(now));
        model.publishing().countProperty().set(5);
        model.publishing().rateProperty().set(1_000_000);
        CompletableFuture<Void> done = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> replies.size() == 5);
        for (int i = 0; i < 3; i++) {
            replies.get(i).complete(new SendResult("orders", 0, i, null));
        }
        replies.get(3).completeExceptionally(new IllegalStateException("no leader"));
        pulse();
        assertThat(statuses).as("four results, one pulse, one update").containsExactly("Sending 5 messages…",
                "Sent 3 of 5 · 1 failed (first: no leader)");
        replies.get(4).complete(new SendResult("orders", 0, 4, null));
        awaitDone(done);
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("4 sent, 1 failed (first: no leader) · last sent: #5 →"
                + " partition 0 · offset 4");
    }

    @Test
    void sendsLongWithoutAnAcknowledgementSayWhyAndTheirTimeoutNamesTheRealCause() {
        String why = "partition orders-0 has 1 in-sync replica, below min.insync.replicas=2; acks=all writes wait until"
                + " a replica catches up: start the stopped brokers (acks=1 writes are taken meanwhile, but not readable until then)";
        List<CompletableFuture<SendResult>> replies = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicLong nanos = new AtomicLong();
        Executor fx = fxQueue::add;
        ConsoleViewModel model = new ConsoleViewModel(task -> new Thread(task, "test-send").start(), fx, fx, nanos::get);
        // the partitions below the minimum that the sends wait in: the keyed sends' one, not any other
        StallReasons metadata = (topic, partition, key) -> Optional.of(topic.equals("orders") && partition == null
                && "user-1".equals(key) ? why : "partitions of orders that have 1 in-sync replica: orders-0, orders-1");
        model.attach(cluster(answeredLater(replies), topic -> 1, metadata, ConsoleViewModelTest::noTail));
        model.topics().setAll("orders");
        model.topicProperty().set("orders");
        model.publishing().keyProperty().set("user-1");
        model.publishing().countProperty().set(3);
        model.publishing().rateProperty().set(1_000_000);
        CompletableFuture<Void> done = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> replies.size() == 3);
        replies.get(0).complete(new SendResult("orders", 0, 0, null));
        awaitStatus(model, "Sent 1 of 3 · 0 failed");

        nanos.addAndGet(Duration.ofSeconds(12).toNanos());
        awaitStatus(model, "Sent 1 of 3 · 0 failed\nNo acknowledgement for 12 s, 2 sends waiting: " + why);

        // what Kafka reports once delivery.timeout.ms has passed, however often the broker said NOT_ENOUGH_REPLICAS
        for (int i = 1; i < 3; i++) {
            replies.get(i).completeExceptionally(new org.apache.kafka.common.errors.TimeoutException(
                    "Expiring 2 record(s) for orders-0:30005 ms has passed since batch creation"));
        }
        awaitDone(done);
        assertThat(model.publishing().sendStatusProperty().get())
                .isEqualTo("1 sent, 2 failed (first: no acknowledgement in time: " + why + ")");
        assertThat(model.publishing().sendResults()).first().isEqualTo("failed: key user-1 → no acknowledgement in"
                + " time: " + why);
    }

    @Test
    void sendsFailingForWantOfAnAcknowledgementSayWhyWhileTheRunGoesOnAndWhileItStops() {
        String why = "partitions of orders that have 1 in-sync replica, below min.insync.replicas=2: orders-0 and"
                + " orders-1; acks=all writes to them wait until a replica catches up: start the stopped brokers";
        List<CompletableFuture<SendResult>> replies = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicLong nanos = new AtomicLong();
        Executor fx = fxQueue::add;
        ConsoleViewModel model = new ConsoleViewModel(task -> new Thread(task, "test-send").start(), fx, fx, nanos::get);
        model.attach(cluster(answeredLater(replies), topic -> 1, (topic, partition, key) -> Optional.of(why),
                ConsoleViewModelTest::noTail));
        model.topics().setAll("orders");
        model.topicProperty().set("orders");
        model.publishing().countProperty().set(6);
        model.publishing().rateProperty().set(1_000_000);
        CompletableFuture<Void> done = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> replies.size() == 6);
        nanos.addAndGet(Duration.ofSeconds(8).toNanos());
        awaitStatus(model, "Sent 0 of 6 · 0 failed\nNo acknowledgement for 8 s, 6 sends waiting: " + why);

        // delivery.timeout.ms has passed for the first sends: the producer gave up, no broker answered, the stall goes on
        nanos.addAndGet(Duration.ofSeconds(22).toNanos());
        for (int i = 0; i < 2; i++) {
            replies.get(i).completeExceptionally(new org.apache.kafka.common.errors.TimeoutException(
                    "Expiring 1 record(s) for orders-0:30005 ms has passed since batch creation"));
        }
        awaitStatus(model, "Sent 0 of 6 · 2 failed (first: no acknowledgement in time)\nNo acknowledgement for 30 s,"
                + " 4 sends waiting: " + why);
        assertThat(model.publishing().sendResults()).containsExactly("failed: #2 → no acknowledgement in time: " + why,
                "failed: #1 → no acknowledgement in time: " + why);

        // a replica caught up: the sends are acknowledged again, and the failures' reason still stands
        replies.get(2).complete(new SendResult("orders", 0, 0, null));
        awaitStatus(model, "Sent 1 of 6 · 2 failed (first: no acknowledgement in time: " + why + ")");

        model.publishing().stopSending();
        assertThat(model.publishing().sendStatusProperty().get())
                .isEqualTo("Stopping… Sent 1 of 6 · 2 failed (first: no acknowledgement in time: " + why + ")");
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        awaitStatus(model, "Stopping… Sent 1 of 6 · 2 failed (first: no acknowledgement in time)\nNo acknowledgement"
                + " for 10 s, 3 sends waiting: " + why);
        for (int i = 3; i < 6; i++) {
            replies.get(i).complete(new SendResult("orders", 0, i, null));
        }
        awaitDone(done);
        assertThat(model.publishing().sendStatusProperty().get())
                .isEqualTo("4 sent, 2 failed (first: no acknowledgement in time: " + why + ") · last sent: #6 → partition 0 · offset 5");
    }

    @Test
    void aTimeoutAmongAcknowledgedSendsIsExplainedFromTheClustersMetadataBeforeTheRunEnds() {
        String why = "partition orders-1 has 1 in-sync replica, below min.insync.replicas=2";
        List<CompletableFuture<SendResult>> replies = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger asked = new AtomicInteger();
        ConsoleViewModel model = model(task -> new Thread(task, "test-send").start());
        model.attach(cluster(answeredLater(replies), topic -> 1, (topic, partition, key) -> {
            asked.incrementAndGet();
            return Optional.of(why);
        }, ConsoleViewModelTest::noTail));
        model.publishing().countProperty().set(4);
        model.publishing().rateProperty().set(1_000_000);
        CompletableFuture<Void> done = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> replies.size() == 4);
        // the other partitions' acknowledgements keep the run from looking stalled
        replies.get(0).complete(new SendResult("orders", 0, 0, null));
        replies.get(1).completeExceptionally(new org.apache.kafka.common.errors.TimeoutException("Expiring 1 record(s)"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> asked.get() == 1);
        replies.get(2).complete(new SendResult("orders", 0, 1, null));
        awaitStatus(model, "Sent 2 of 4 · 1 failed (first: no acknowledgement in time: " + why + ")");
        replies.get(3).complete(new SendResult("orders", 0, 2, null));
        awaitDone(done);
    }

    @Test
    void aSingleSendWaitingLongSaysSoWhileTheClusterGivesNoReason() {
        List<CompletableFuture<SendResult>> replies = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicLong nanos = new AtomicLong();
        Executor fx = fxQueue::add;
        ConsoleViewModel model = new ConsoleViewModel(task -> new Thread(task, "test-send").start(), fx, fx, nanos::get);
        model.attach(cluster(answeredLater(replies), ConsoleViewModelTest::noTail));
        model.topics().setAll("orders");
        model.topicProperty().set("orders");
        CompletableFuture<Void> done = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> replies.size() == 1);
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        awaitStatus(model, "Sent 0 of 1 · 0 failed\nNo acknowledgement for 6 s, 1 send waiting: the producer retries"
                + " until delivery.timeout.ms (30 s) and then fails them; Topics shows each partition's leader and"
                + " in-sync replicas");
        replies.get(0).complete(new SendResult("orders", 0, 7, null));
        awaitDone(done);
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("1 sent · partition 0 · offset 7");
    }

    @Test
    void withoutAZooKeeperQuorumAWaitingSendSaysSoAndStopGivesItUp() {
        List<CompletableFuture<SendResult>> replies = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicLong nanos = new AtomicLong();
        Executor fx = fxQueue::add;
        ConsoleViewModel model = new ConsoleViewModel(task -> new Thread(task, "test-send").start(), fx, fx, nanos::get);
        Messaging waiting = cluster(answeredLater(replies), ConsoleViewModelTest::noTail);
        model.attach(new Messaging() {
            @Override
            public Sender sender(Acks acks) {
                Sender sender = waiting.sender(acks);
                return new Sender() {
                    @Override
                    public CompletableFuture<SendResult> send(String topic, Integer partition, String key, String value,
                                                              List<MessageHeader> headers) {
                        return sender.send(topic, partition, key, value, headers);
                    }

                    @Override
                    public int partitionCount(String topic) {
                        return sender.partitionCount(topic);
                    }

                    @Override
                    public Optional<String> stallReason(String topic, Integer partition, String key) {
                        return Optional.empty();
                    }

                    @Override
                    public void abort() {
                        // as the producer closed without waiting fails what it has not had answered
                        replies.forEach(r -> r.completeExceptionally(
                                new org.apache.kafka.common.KafkaException("Producer is closed forcefully.")));
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public Tail tail(String topic, StartPosition start, Set<Integer> partitions) {
                return waiting.tail(topic, start, partitions);
            }
        });
        model.topics().setAll("orders");
        model.topicProperty().set("orders");
        model.quorumLost("no ZooKeeper quorum (1 of 3 serving)");
        CompletableFuture<Void> done = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> replies.size() == 1);
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        awaitStatus(model, "Sent 0 of 1 · 0 failed\nNo acknowledgement for 6 s, 1 send waiting: no ZooKeeper quorum"
                + " (1 of 3 serving): an acks=all send (idempotent) waits for a producer id, which the controller"
                + " cannot hand out without ZooKeeper; send with acks=1, or start the ZooKeepers");

        model.publishing().stopSending();
        awaitDone(done);
        assertThat(model.publishing().sendStatusProperty().get()).as("given up at once, not minutes later")
                .isEqualTo("0 sent, 1 failed (first: given up unanswered: sending was stopped)");
    }

    @Test
    void theSentCountIsUpdatedInThePulseThatShowsTheReceivedCount() {
        List<CompletableFuture<SendResult>> replies = new java.util.concurrent.CopyOnWriteArrayList<>();
        ConsoleViewModel model = model(task -> new Thread(task, "test-send").start());
        model.attach(cluster(answeredLater(replies),
                topic -> new QueuedTail(toDeliver, pollFailure::get, new AtomicLong(), offered)));
        model.tail().startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.tail().tailStatusProperty().get().startsWith("Tailing");
        });
        model.publishing().countProperty().set(4);
        model.publishing().rateProperty().set(1_000_000);
        CompletableFuture<Void> done = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> replies.size() == 4);
        replies.get(0).complete(new SendResult("orders", 0, 0, null));
        replies.get(1).complete(new SendResult("orders", 0, 1, null));
        awaitStatus(model, "Sent 2 of 4 · 0 failed");

        // the tail reads all four; the last two acknowledgements come in just after, and with them the sends' own
        // update, which the app's throttle runs a slot after the tail's
        toDeliver.add(messages(0, 4));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> offeredToUi(4));
        replies.get(2).complete(new SendResult("orders", 0, 2, null));
        replies.get(3).complete(new SendResult("orders", 0, 3, null));
        fxQueue.poll().run();
        assertThat(model.table().receivedProperty().get()).isEqualTo(4);
        assertThat(model.publishing().sendStatusProperty().get()).as("never fewer sent than received")
                .isEqualTo("Sent 4 of 4 · 0 failed");
        awaitDone(done);
        model.tail().stopTail();
    }

    private void awaitStatus(ConsoleViewModel model, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            pulse();
            assertThat(model.publishing().sendStatusProperty().get()).isEqualTo(status);
        });
    }

    @Test
    void stopEndsAGenerationAndSaysHowFarItGot() {
        ConsoleViewModel model = model(task -> new Thread(task, "test-send").start());
        model.publishing().countProperty().set(10_000);
        model.publishing().rateProperty().set(50);
        CompletableFuture<Void> done = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sentCount() >= 3);
        model.publishing().stopSending();
        awaitDone(done);
        int n = sentCount();
        assertThat(n).isBetween(3, 9_999);
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("Stopped after " + n + " of 10,000 sent");
        assertThat(model.publishing().sendingProperty().get()).isFalse();
    }

    @Test
    void aRunStillGoingWhenTheConnectionChangesLeavesTheNewConnectionsResultsAndStatusAlone() {
        List<CompletableFuture<SendResult>> oldReplies = new java.util.concurrent.CopyOnWriteArrayList<>();
        ConsoleViewModel model = model(task -> new Thread(task, "test-send").start());
        model.attach(cluster(answeredLater(oldReplies), ConsoleViewModelTest::noTail));
        model.publishing().countProperty().set(2);
        model.publishing().rateProperty().set(1_000_000);
        CompletableFuture<Void> oldRun = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> oldReplies.size() == 2);

        model.attach(cluster((topic, partition, key, value) ->
                CompletableFuture.completedFuture(new SendResult(topic, 0, 42, null)), ConsoleViewModelTest::noTail));
        assertThat(model.publishing().sendingProperty().get()).as("the new connection has no send going").isFalse();
        model.publishing().countProperty().set(1);
        awaitDone(model.publishing().publish());
        oldReplies.forEach(reply -> reply.complete(new SendResult("orders", 0, 7, null)));
        awaitDone(oldRun);

        assertThat(model.publishing().sendResults()).containsExactly("partition 0 · offset 42");
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("1 sent · partition 0 · offset 42");
        assertThat(model.publishing().sendingProperty().get()).isFalse();
    }

    @Test
    void stopWhileThePartitionLookupWaitsOnTheClusterEndsTheRunAtOnceWithoutSending() {
        CompletableFuture<Integer> lookup = new CompletableFuture<>();
        CompletableFuture<Void> lookingUp = new CompletableFuture<>();
        AtomicInteger sends = new AtomicInteger();
        ConsoleViewModel model = model(task -> new Thread(task, "test-send").start());
        model.attach(cluster((topic, partition, key, value) -> {
            sends.incrementAndGet();
            return CompletableFuture.completedFuture(new SendResult(topic, 0, 0, null));
        }, topic -> {
            // as a producer does while no broker answers, for up to its max.block.ms
            lookingUp.complete(null);
            return lookup.join();
        }, ConsoleViewModelTest::noTail));
        model.publishing().partitionProperty().set("0");
        model.publishing().countProperty().set(3);
        CompletableFuture<Void> done = model.publishing().publish();
        lookingUp.join();
        model.publishing().stopSending();
        assertThat(model.publishing().sendingProperty().get()).as("ended without waiting for the lookup").isFalse();
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("Stopped: nothing sent");

        lookup.complete(1);
        awaitDone(done);
        assertThat(sends.get()).isZero();
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("Stopped: nothing sent");
    }

    private int sentCount() {
        synchronized (sent) {
            return sent.size();
        }
    }

    @Test
    void keysAreShownInHexWithTheValues() {
        ConsoleViewModel model = model();
        TailedMessage m = TailedMessage.ofText("orders", 0, 1, 0L, "k1", "v");
        assertThat(model.table().messageText().keyText(m)).isEqualTo("k1");
        model.table().formatProperty().set(ValueFormat.HEX);
        assertThat(model.table().messageText().keyText(m)).isEqualTo("6b 31");
        assertThat(model.table().messageText().detail(m)).contains("key: 6b 31\n");
        assertThat(model.table().messageText().keyText(TailedMessage.ofText("orders", 0, 2, 0L, null, "v"))).isNull();
    }

    @Test
    void theDetailShowsTheValueAsSentInTextAndPrettyOnlyInJson() {
        ConsoleViewModel model = model();
        TailedMessage m = TailedMessage.ofText("orders", 0, 1, 0L, "k", "{\"a\":1}");
        assertThat(model.table().messageText().detail(m)).endsWith("\n{\"a\":1}");
        model.table().formatProperty().set(ValueFormat.JSON);
        assertThat(model.table().messageText().detail(m)).contains("\"a\" : 1").doesNotContain("{\"a\":1}");
    }

    @Test
    void longKeysAndValuesAreCutInTheTableButWholeInTheDetail() {
        ConsoleViewModel model = model();
        String big = "x".repeat(100_000);
        TailedMessage m = TailedMessage.ofText("orders", 0, 1, 0L, big, big);
        assertThat(model.table().messageText().tableValue(m)).hasSizeLessThan(400)
                .startsWith("x".repeat(MessageText.MAX_CELL_CHARS) + "…")
                .endsWith("(100000 characters, all in the detail)");
        assertThat(model.table().messageText().tableKey(m)).isEqualTo(model.table().messageText().tableValue(m));
        assertThat(model.table().messageText().detailValue(m)).isEqualTo(big);
        assertThat(model.table().messageText().detail(m)).endsWith(big);
        TailedMessage small = TailedMessage.ofText("orders", 0, 2, 0L, null, "short");
        assertThat(model.table().messageText().tableValue(small)).isEqualTo("short");
        assertThat(model.table().messageText().tableKey(small)).isEqualTo(MessageText.NULL_KEY);
    }

    @Test
    void aSendWhoseFutureFailsIsCountedAndTheRunEnds() {
        ConsoleViewModel model = model();
        model.publishing().valueProperty().set("explode {n}");
        model.publishing().countProperty().set(2);
        model.publishing().rateProperty().set(1000);
        CompletableFuture<Void> done = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return done.isDone();
        });
        assertThat(model.publishing().sendStatusProperty().get())
                .isEqualTo("0 sent, 2 failed (first: the producer was closed)");
    }

    @Test
    void aPartitionTheTopicDoesNotHaveIsRefusedBeforeAnythingIsSent() {
        ConsoleViewModel model = model();
        model.publishing().partitionProperty().set("3");
        awaitDone(model.publishing().publish());
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("Nothing sent: orders has 3 partitions (0 to 2), so no"
                + " partition 3; add partitions on the Topics view or leave the partition empty");
        model.publishing().partitionProperty().set("-1");
        model.publishing().publish();
        assertThat(model.publishing().sendStatusProperty().get())
                .isEqualTo("The partition must be a number from 0, or empty for the default partitioner");
        assertThat(sent).isEmpty();
        model.publishing().partitionProperty().set("2");
        awaitDone(model.publishing().publish());
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("1 sent · partition 2 · offset 0");
    }

    @Test
    void withAcksZeroTheOffsetIsSaidToBeUnknown() {
        ConsoleViewModel model = model();
        model.publishing().acksProperty().set(Acks.NONE);
        awaitDone(model.publishing().publish());
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("1 sent · partition 0 · offset unknown with acks=0");
        assertThat(model.publishing().sendResults()).containsExactly("partition 0 · offset unknown with acks=0");
    }

    @Test
    void batchesOfAnEarlierTailStillQueuedAreDroppedWhenTheTopicOrClusterChanges() {
        Map<String, LinkedBlockingQueue<List<TailedMessage>>> byTopic = new java.util.concurrent.ConcurrentHashMap<>();
        Messaging perTopic = new Messaging() {
            @Override
            public Sender sender(Acks acks) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Tail tail(String topic, StartPosition start, Set<Integer> partitions) {
                LinkedBlockingQueue<List<TailedMessage>> queue = byTopic.computeIfAbsent(topic,
                        t -> new LinkedBlockingQueue<>());
                return new QueuedTail(queue, () -> null);
            }
        };
        ConsoleViewModel model = model();
        model.attach(perTopic);
        model.topicProperty().set("old");
        model.tail().startTail();
        byTopic.computeIfAbsent("old", t -> new LinkedBlockingQueue<>()).add(messages(0, 100));
        // the old tail's batch waits in the coalescer for the next pulse
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> byTopic.get("old").isEmpty()
                && fxQueue.size() >= 2);

        model.topicProperty().set("new");
        model.tail().startTail();
        pulse();
        assertThat(model.table().messages()).as("the old topic's rows").isEmpty();
        assertThat(model.table().receivedProperty().get()).isZero();

        byTopic.computeIfAbsent("new", t -> new LinkedBlockingQueue<>()).add(messages(500, 3));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.table().receivedProperty().get() == 3;
        });
        assertThat(model.table().messages()).extracting(TailedMessage::offset).containsExactly(500L, 501L, 502L);

        byTopic.get("new").add(messages(600, 5));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> byTopic.get("new").isEmpty() && !fxQueue.isEmpty());
        model.attach(fake);
        pulse();
        assertThat(model.table().messages()).as("the other cluster's rows").isEmpty();
        assertThat(model.table().receivedProperty().get()).isZero();
    }

    @Test
    void aSendToATopicTheClusterDoesNotHaveIsRefusedRatherThanAutoCreatingIt() {
        ConsoleViewModel model = model();
        model.topicProperty().set("ordres");
        model.publishing().publish();
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("No topic ordres — create it in Topics first");
        assertThat(model.publishing().sendingProperty().get()).isFalse();
        assertThat(sent).isEmpty();
        model.topicProperty().set(" orders ");
        awaitDone(model.publishing().publish());
        assertThat(sent).containsExactly("null=");
    }

    @Test
    void withNoBrokerSendAndTailSayWhyInsteadOfBlamingTheTopicAndTheOutcomeComesBackWithTheBrokers() {
        ConsoleViewModel model = model();
        // a topic the cluster may well have: with no broker, the topic list proves nothing
        model.topicProperty().set("demo");
        model.publishing().sendStatusProperty().set("3 sent · last: partition 0 · offset 2");
        String why = "No broker is running (0 of 2): start the cluster (Ctrl+Shift+U)";
        model.noBrokerProperty().set(why);
        assertThat(model.publishing().shownStatusProperty().get()).isEqualTo(why);
        model.publishing().publish();
        model.tail().startTail();
        assertThat(sent).isEmpty();
        assertThat(starts).as("no tail started").isEmpty();
        assertThat(model.publishing().shownStatusProperty().get()).isEqualTo(why);
        assertThat(model.table().tailSummaryProperty().get()).as("the tail line, with rows or none").isEqualTo("0 received · "
                + why);
        model.noBrokerProperty().set(null);
        assertThat(model.publishing().shownStatusProperty().get()).as("the last outcome again")
                .isEqualTo("3 sent · last: partition 0 · offset 2");
        model.topicProperty().set("orders");
        awaitDone(model.publishing().publish());
        assertThat(sent).hasSize(1);
    }

    @Test
    void aRunStillSendingWhenTheBrokersGoShowsItsOwnProgressThenWhyNothingCanBeSent() {
        List<CompletableFuture<SendResult>> replies = new java.util.concurrent.CopyOnWriteArrayList<>();
        ConsoleViewModel model = model(task -> new Thread(task, "test-send").start());
        model.attach(cluster(answeredLater(replies), ConsoleViewModelTest::noTail));
        CompletableFuture<Void> done = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> replies.size() == 1);
        model.noBrokerProperty().set("No broker is running (0 of 1): start the cluster (Ctrl+Shift+U)");
        assertThat(model.publishing().shownStatusProperty().get()).as("which sends wait says more").isEqualTo("Sending…");
        replies.get(0).completeExceptionally(new IllegalStateException("the broker went away"));
        awaitDone(done);
        assertThat(model.publishing().sendingProperty().get()).isFalse();
        assertThat(model.publishing().shownStatusProperty().get()).startsWith("No broker is running");
    }

    @Test
    void theSendButtonSaysHowManyItSendsAndHowFast() {
        ConsoleViewModel model = model(task -> { });
        PublishViewModel publishing = model.publishing();
        assertThat(publishing.sendLabelProperty().get()).isEqualTo("Send 1");
        publishing.countProperty().set(3000);
        publishing.rateProperty().set(20);
        assertThat(publishing.sendLabelProperty().get()).isEqualTo("Send 3,000 at 20/s");
        publishing.publish();
        assertThat(publishing.sendLabelProperty().get()).isEqualTo("Stop sending");
        publishing.stopSending();
        assertThat(publishing.sendLabelProperty().get()).isEqualTo("Send 3,000 at 20/s");
        publishing.countProperty().set(1);
        assertThat(publishing.sendLabelProperty().get()).as("the rate is no news for one message").isEqualTo("Send 1");
    }

    @Test
    void aStartChangedWhileTailingAppliesOnRestartTailWhichSaysItClearsTheTableAndFollowsAgain() {
        ConsoleViewModel model = model();
        TailViewModel tail = model.tail();
        assertThat(tail.tailActionProperty().get()).isEqualTo("Tail");
        assertThat(tail.tailActionTipProperty().get()).isEqualTo("Read orders from the beginning");
        tail.startTail();
        toDeliver.add(messages(0, 1853));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            pulse();
            return model.table().receivedProperty().get() == 1853 && tail.tailStatusProperty().get().startsWith("Tailing");
        });
        assertThat(tail.tailActionProperty().get()).isEqualTo("Restart tail");
        assertThat(tail.restartHintProperty().get()).as("nothing changed yet").isEmpty();
        assertThat(tail.tailActionTipProperty().get())
                .isEqualTo("Start the tail of orders over: read it from the beginning; this clears the 1,853 messages received");

        tail.startModeProperty().set(StartMode.END);
        assertThat(tail.restartHintProperty().get()).isEqualTo("press Restart tail to read from now (clears the table)");
        assertThat(model.table().tailSummaryProperty().get()).isEqualTo("1,853 received · Tailing orders from the"
                + " beginning · press Restart tail to read from now (clears the table)");
        model.noBrokerProperty().set("No broker is running (0 of 2): start the cluster (Ctrl+Shift+U)");
        assertThat(model.table().tailSummaryProperty().get()).as("why first, and no restart it rules out")
                .isEqualTo("1,853 received · No broker is running (0 of 2): start the cluster (Ctrl+Shift+U) · Tailing"
                        + " orders from the beginning");
        model.noBrokerProperty().set(null);
        tail.tailPartitionsProperty().set("2, 0");
        assertThat(tail.restartHintProperty().get()).startsWith("press Restart tail to read partitions 0,2 from now");
        tail.tailPartitionsProperty().set("all");
        tail.startModeProperty().set(StartMode.BEGINNING);
        assertThat(tail.restartHintProperty().get()).as("back to what the tail reads").isEmpty();

        tail.startModeProperty().set(StartMode.END);
        model.table().select(model.table().messages().get(3));
        assertThat(model.table().followingProperty().get()).isFalse();
        tail.startTail();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> starts.size() == 2);
        assertThat(starts.get(1)).isInstanceOf(StartPosition.End.class);
        assertThat(model.table().messages()).isEmpty();
        assertThat(model.table().followingProperty().get()).as("new messages in view, not below the edge").isTrue();
        assertThat(tail.restartHintProperty().get()).isEmpty();
        tail.startModeProperty().set(StartMode.LAST);
        tail.startValueProperty().set("5");
        assertThat(tail.restartHintProperty().get()).as("nothing received yet, nothing to clear")
                .isEqualTo("press Restart tail to read last 5 per partition");
        tail.stopTail();
        assertThat(tail.tailActionProperty().get()).isEqualTo("Tail");
        assertThat(tail.restartHintProperty().get()).as("no tail to restart").isEmpty();
    }

    @Test
    void aChosenTopicGoneFromTheClusterIsNoLongerChosenAndBothPanesSaySo() {
        ConsoleViewModel model = model();
        model.topics().setAll("orders", "scratch");
        model.topicProperty().set("scratch");
        model.tail().startTail();
        assertThat(model.tail().tailingProperty().get()).isTrue();

        model.topics().setAll("orders");
        assertThat(model.topicProperty().get()).as("no other topic taken unasked").isNull();
        assertThat(model.publishing().sendStatusProperty().get())
                .isEqualTo("scratch is no longer on the cluster: pick another topic");
        assertThat(model.tail().tailingProperty().get()).isFalse();
        assertThat(model.tail().tailStatusProperty().get())
                .isEqualTo("Stopped tailing: scratch is no longer on the cluster: pick another topic");

        model.topicProperty().set("orders");
        model.topics().clear();
        assertThat(model.topicProperty().get()).isNull();
        assertThat(model.noTopicProperty().get()).isTrue();
        assertThat(model.publishing().sendStatusProperty().get())
                .isEqualTo("orders is no longer on the cluster: create a topic in Topics");

        model.attach(fake);
        assertThat(model.tail().tailStatusProperty().get()).as("another connection: old news").isEmpty();
    }

    @Test
    void aRunSendingToATopicDeletedMeanwhileStopsSoTheBrokersDoNotCreateItAgain() {
        ConsoleViewModel model = model(task -> new Thread(task, "test-send").start());
        model.topics().setAll("orders", "scratch");
        model.topicProperty().set("scratch");
        model.publishing().countProperty().set(10_000);
        model.publishing().rateProperty().set(50);
        CompletableFuture<Void> done = model.publishing().publish();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sentCount() >= 3);

        model.topics().setAll("orders");
        awaitDone(done);
        assertThat(sentCount()).isLessThan(10_000);
        assertThat(model.topicProperty().get()).isNull();
        assertThat(model.tail().tailStatusProperty().get()).isEmpty();
    }

    @Test
    void aTypedTopicTheClusterNeverHadStaysAsTheListChanges() {
        ConsoleViewModel model = model();
        model.topicProperty().set("ordres");
        model.topics().setAll("orders", "payments");
        model.topics().remove("payments");
        assertThat(model.topicProperty().get()).isEqualTo("ordres");
        model.publishing().publish();
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("No topic ordres — create it in Topics first");
    }

    @Test
    void anOutcomeAboutOneTopicGoesWhenAnotherIsChosen() {
        ConsoleViewModel model = model();
        model.topics().setAll("orders", "payments");
        model.topicProperty().set("scratch");
        model.publishing().publish();
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("No topic scratch — create it in Topics first");
        // the box empties itself for a moment as its list is replaced: that is no other topic
        model.topicProperty().set(null);
        model.topicProperty().set("scratch");
        assertThat(model.publishing().sendStatusProperty().get()).isEqualTo("No topic scratch — create it in Topics first");
        model.topicProperty().set("orders");
        assertThat(model.publishing().sendStatusProperty().get()).isEmpty();
        awaitDone(model.publishing().publish());
        assertThat(model.publishing().sendStatusProperty().get()).startsWith("1 sent");
        model.topicProperty().set("payments");
        assertThat(model.publishing().sendStatusProperty().get()).isEmpty();
    }

    @Test
    void nNumbersTheKeyAndHeaderValuesWithTheValuesNumberAndCountsOnAcrossSends() {
        ConsoleViewModel model = model();
        model.publishing().keyProperty().set("user-{n}");
        model.publishing().valueProperty().set("hello {n}");
        model.publishing().headersProperty().set("seq={n}, source=ui");
        model.publishing().countProperty().set(2);
        model.publishing().rateProperty().set(1000);
        awaitDone(model.publishing().publish());
        // numbered in the key alone: a plain value does not stop the key's count
        model.publishing().valueProperty().set("plain");
        model.publishing().headersProperty().set("");
        model.publishing().countProperty().set(1);
        awaitDone(model.publishing().publish());
        model.publishing().nullValueProperty().set(true);
        awaitDone(model.publishing().publish());
        model.publishing().keyProperty().set("fixed");
        model.publishing().headersProperty().set("n={n}");
        awaitDone(model.publishing().publish());
        assertThat(sent).containsExactly("user-1=hello 1 [seq=1, source=ui]", "user-2=hello 2 [seq=2, source=ui]",
                "user-3=plain", "user-4=null", "fixed=null [n=5]");
    }

    @Test
    void theHexDetailIsAClassicDumpOfSixteenBytesALine() {
        ConsoleViewModel model = model();
        model.table().formatProperty().set(ValueFormat.HEX);
        TailedMessage m = TailedMessage.ofText("orders", 0, 1, 0L, "k", "{\"order\": 42}\n\tok");
        assertThat(model.table().messageText().detailValue(m)).isEqualTo(
                "00000000  7b 22 6f 72 64 65 72 22  3a 20 34 32 7d 0a 09 6f  |{\"order\": 42}..o|\n"
                + "00000010  6b                                                |k|");
        assertThat(HexDump.of(new byte[0])).isEmpty();
        assertThat(model.table().messageText().tableValue(m)).as("one line in the table").startsWith("7b 22 6f 72");
    }

    @Test
    void aBlankTopicIsNoTopicToSendToOrTail() {
        ConsoleViewModel model = model();
        assertThat(model.noTopicProperty().get()).isFalse();
        model.topicProperty().set("  ");
        assertThat(model.noTopicProperty().get()).isTrue();
        model.topicProperty().set(null);
        assertThat(model.noTopicProperty().get()).isTrue();
    }

    /**
     * A tail that hands out the batches put in {@code queue}, or throws what {@code failure} gives. {@code offered}
     * counts the messages the model has surely offered to its UI queue: the tail thread polls again only after that.
     */
    private record QueuedTail(BlockingQueue<List<TailedMessage>> queue, Supplier<RuntimeException> failure,
                              AtomicLong handedOut, AtomicLong offered) implements Messaging.Tail {

        QueuedTail(BlockingQueue<List<TailedMessage>> queue, Supplier<RuntimeException> failure) {
            this(queue, failure, new AtomicLong(), new AtomicLong());
        }

        @Override
        public List<TailedMessage> poll(Duration timeout) {
            offered.set(handedOut.get());
            RuntimeException thrown = failure.get();
            if (thrown != null) {
                throw thrown;
            }
            try {
                List<TailedMessage> batch = queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (batch == null) {
                    return List.of();
                }
                handedOut.addAndGet(batch.size());
                return batch;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }

        @Override
        public void wakeup() {
        }

        @Override
        public void close() {
        }
    }

    /** A tail whose poll waits until it is woken or its timeout passes, saying when it polls, is woken and is closed. */
    private static final class WakeableTail implements Messaging.Tail {

        final CountDownLatch polling = new CountDownLatch(1);
        final CountDownLatch woken = new CountDownLatch(1);
        final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public List<TailedMessage> poll(Duration timeout) {
            polling.countDown();
            await(woken, timeout);
            return List.of();
        }

        @Override
        public void wakeup() {
            woken.countDown();
        }

        @Override
        public void close() {
            closed.countDown();
        }

        static void await(CountDownLatch latch, Duration timeout) {
            try {
                latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What a fake cluster answers to a send (headers ignored). */
    @FunctionalInterface
    private interface Replies {
        CompletableFuture<SendResult> send(String topic, Integer partition, String key, String value);
    }

    /** A one-partition cluster whose producers answer with {@code replies} and whose tails come from {@code tails}. */
    private static Messaging cluster(Replies replies, java.util.function.Function<String, Messaging.Tail> tails) {
        return cluster(replies, topic -> 1, tails);
    }

    /** The same, with {@code partitions} answering the producers' partition-count lookups. */
    private static Messaging cluster(Replies replies, java.util.function.ToIntFunction<String> partitions,
                                     java.util.function.Function<String, Messaging.Tail> tails) {
        return cluster(replies, partitions, (topic, partition, key) -> Optional.empty(), tails);
    }

    /** What the cluster's metadata says holds up sends to a topic with a partition and a key (see Sender). */
    private interface StallReasons {
        Optional<String> of(String topic, Integer partition, String key);
    }

    private static Messaging cluster(Replies replies, java.util.function.ToIntFunction<String> partitions,
                                     StallReasons stallReason,
                                     java.util.function.Function<String, Messaging.Tail> tails) {
        return new Messaging() {
            @Override
            public Sender sender(Acks acks) {
                return new Sender() {
                    @Override
                    public CompletableFuture<SendResult> send(String topic, Integer partition, String key,
                                                              String value, List<MessageHeader> headers) {
                        return replies.send(topic, partition, key, value);
                    }

                    @Override
                    public int partitionCount(String topic) {
                        return partitions.applyAsInt(topic);
                    }

                    @Override
                    public Optional<String> stallReason(String topic, Integer partition, String key) {
                        return stallReason.of(topic, partition, key);
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public Tail tail(String topic, StartPosition start, Set<Integer> partitions) {
                return tails.apply(topic);
            }
        };
    }

    /** Sends whose replies the test completes itself, in the order the sends were made. */
    private static Replies answeredLater(List<CompletableFuture<SendResult>> replies) {
        return (topic, partition, key, value) -> {
            CompletableFuture<SendResult> reply = new CompletableFuture<>();
            replies.add(reply);
            return reply;
        };
    }

    private static Messaging.Tail noTail(String topic) {
        throw new UnsupportedOperationException("this test does not tail");
    }

}
