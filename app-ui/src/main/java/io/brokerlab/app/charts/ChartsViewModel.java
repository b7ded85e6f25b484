package io.brokerlab.app.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Per-broker rates from {@link BrokerCounters}: messages in/s, bytes in/s and out/s, and under-replicated
 * partitions; and the {@link EventMarkers} of what happened to the nodes meanwhile. {@link #sample()} runs on a
 * background thread (HTTP or Admin calls) every {@link #PERIOD_MILLIS} while a cluster is attached, shown or not, and
 * hands one batch per tick to the FX thread; the window keeps {@link #WINDOW} samples per broker.
 */
public final class ChartsViewModel {

    /** Ticks kept per broker: the longest span the charts offer (15 minutes), a few thousand small records. */
    public static final int WINDOW = 900;
    public static final long PERIOD_MILLIS = 1000;
    /**
     * Readings further apart than this (a read that hung, a broker that did not answer) give no rate: one averaged
     * over the gap would flatten the very spike or drop a failover demo is about.
     */
    static final long MAX_GAP_MILLIS = 3 * PERIOD_MILLIS;

    /**
     * The {@link Sample#broker()} of the cluster's total: the running brokers' messages and bytes, summed. Kafka broker
     * ids are 0 or more, so no broker has it.
     */
    public static final int CLUSTER = -1;

    /**
     * One broker at one tick ({@code atMillis} on the wall clock, so the axis reads like the timeline); rates are per
     * second since the previous tick, NaN where the source cannot tell or the previous reading is too old
     * ({@link #MAX_GAP_MILLIS}). {@code down}: the broker is known not to run (its figures are then 0). Broker
     * {@link #CLUSTER} is the cluster's total of each rate (NaN where a broker's is), its under-replicated NaN (the
     * brokers' stacked areas already add up to it).
     */
    public record Sample(long atMillis, int broker, double messagesIn, double bytesIn, double bytesOut,
                         double underReplicated, boolean down) {
    }

    private record Reading(long atMillis, BrokerCounters.Counters counters) {
    }

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final String[] BYTE_UNITS = {"B/s", "KB/s", "MB/s", "GB/s"};
    private static final double[] TIME_STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600};

    private final Executor fx;
    private final LongSupplier clock;
    /** Only the sampling thread reads and writes it: {@link #sampling} lets one sample run at a time. */
    private final Map<Integer, Reading> previous = new HashMap<>();
    /** Every broker read since the source was chosen; sampling thread only, like {@link #previous}. */
    private final Set<Integer> known = new TreeSet<>();
    private long previousGeneration;
    private final AtomicBoolean sampling = new AtomicBoolean();
    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
    private final EventMarkers markers = new EventMarkers();
    private volatile BrokerCounters source;
    /** Bumped by every new source: a sample of the old one that ends late is dropped. */
    private volatile long generation;

    public ChartsViewModel(Executor fx, LongSupplier clock) {
        this.fx = fx;
        this.clock = clock;
    }

    /** Starts over on {@code counters} (null: nothing to chart). FX thread. */
    public void use(BrokerCounters counters) {
        generation++;
        source = counters;
        samples.clear();
        markers.clear();
    }

    /** Background thread: reads the counters once; skipped while the previous read still runs. */
    public void sample() {
        if (!sampling.compareAndSet(false, true)) {
            return;
        }
        try {
            long mine = generation;
            BrokerCounters counters = source;
            if (counters == null) {
                return;
            }
            // the time the read began: one slow agent (up to its timeout) must not stretch every broker's interval
            long at = clock.getAsLong();
            Map<Integer, BrokerCounters.Counters> now = counters.read();
            if (mine != generation) {
                return;
            }
            if (previousGeneration != mine) {
                previous.clear();
                known.clear();
                previousGeneration = mine;
            }
            List<Sample> batch = new ArrayList<>();
            previous.keySet().retainAll(now.keySet());
            known.addAll(now.keySet());
            // a broker killed, stopped or paused takes nothing in and leads nothing: its lines drop to 0 rather than
            // being drawn straight across the outage to its first reading after a restart (one that only missed a
            // read is a gap); its under-replicated band, counted by leader, goes too
            Set<Integer> down = counters.down();
            known.stream().filter(broker -> !now.containsKey(broker) && down.contains(broker)).forEach(broker ->
                    batch.add(new Sample(at, broker, 0, 0, 0, 0, true)));
            now.forEach((broker, current) -> {
                Reading before = previous.put(broker, new Reading(at, current));
                if (before != null && at - before.atMillis() > MAX_GAP_MILLIS) {
                    batch.add(new Sample(at, broker, Double.NaN, Double.NaN, Double.NaN,
                            current.underReplicated(), false));
                } else if (before != null && at > before.atMillis()) {
                    double seconds = (at - before.atMillis()) / 1000.0;
                    batch.add(new Sample(at, broker,
                            rate(before.counters().messagesIn(), current.messagesIn(), seconds),
                            rate(before.counters().bytesIn(), current.bytesIn(), seconds),
                            rate(before.counters().bytesOut(), current.bytesOut(), seconds),
                            current.underReplicated(), false));
                }
            });
            clusterTotal(at, batch, known.size()).ifPresent(batch::add);
            if (!batch.isEmpty()) {
                fx.execute(() -> {
                    if (mine == generation) {
                        add(batch);
                    }
                });
            }
        } finally {
            sampling.set(false);
        }
    }

    /**
     * The brokers' rates summed, once every broker read so far has its figures in {@code batch} (those down count 0):
     * one that missed this reading, or has no rate yet, would show as a dip in the total that never was. A rate some
     * broker cannot tell (bytes, without agents) has no total either.
     */
    static Optional<Sample> clusterTotal(long at, List<Sample> batch, int brokers) {
        if (batch.size() != brokers || batch.stream().anyMatch(s -> Double.isNaN(s.messagesIn()))) {
            return Optional.empty();
        }
        return Optional.of(new Sample(at, CLUSTER, sum(batch, Sample::messagesIn), sum(batch, Sample::bytesIn),
                sum(batch, Sample::bytesOut), Double.NaN, false));
    }

    /** NaN when any is: a sum short of one broker's figure would be a total that never was. */
    private static double sum(List<Sample> batch, ToDoubleFunction<Sample> rate) {
        return batch.stream().mapToDouble(rate).sum();
    }

    /** A counter that went down was reset (a restarted broker): no rate rather than a negative one. */
    private static double rate(double before, double now, double seconds) {
        return Math.max(0, (now - before) / seconds);
    }

    private void add(List<Sample> batch) {
        samples.addAll(batch);
        int brokers = (int) samples.stream().mapToInt(Sample::broker).distinct().count();
        int overflow = samples.size() - WINDOW * Math.max(1, brokers);
        if (overflow > 0) {
            samples.remove(0, overflow);
        }
    }

    /** An x axis value (epoch seconds) as the time of day it was sampled, so it matches the timeline's times. */
    public static String timeOfDay(double epochSeconds) {
        return TIME_OF_DAY.format(Instant.ofEpochMilli(Math.round(epochSeconds * 1000)));
    }

    /** A message rate as a legend shows it: whole messages, grouped digits ("12,400 msg/s"). */
    public static String messagesPerSecond(double rate) {
        return String.format(Locale.ROOT, "%,d msg/s", Math.round(rate));
    }

    /**
     * A byte rate in decimal units (1 KB = 1,000 B): the axis puts its ticks on round decimal numbers, which then
     * read as round figures too ("250 KB/s", "1.25 MB/s"), with no more digits than such a tick needs.
     */
    public static String bytesPerSecond(double bytes) {
        int unit = 0;
        double value = bytes;
        while (Math.abs(value) >= 1000 && unit < BYTE_UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        int decimals = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
        String number = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        return number + " " + BYTE_UNITS[unit];
    }

    /**
     * A count axis (partitions): from 0 to at least 1, whole ticks only, so an all-healthy cluster shows 0 and 1
     * rather than a lone "0.00"; about five ticks however high the count goes.
     */
    public record CountScale(int upper, int step) {
    }

    public static CountScale countScale(double max) {
        int top = Math.max(1, (int) Math.ceil(max));
        int step = Math.max(1, (int) Math.ceil(top / 5.0));
        return new CountScale(((top + step - 1) / step) * step, step);
    }

    /** A time axis in epoch seconds: bounds on whole ticks, {@code step} seconds apart. */
    public record TimeScale(double lower, double upper, double step) {
    }

    /**
     * Ticks on whole seconds, 1, 2, 5, 10, 15, 30 or 60 s apart (more for a long gap), at most about eight of them:
     * a time-of-day label is then exact, where an automatic 2.5 s tick would read as 12:00:02, 12:00:05, 12:00:07.
     */
    public static TimeScale timeScale(double firstSecond, double lastSecond) {
        double range = lastSecond - firstSecond;
        double step = TIME_STEPS[TIME_STEPS.length - 1];
        for (double candidate : TIME_STEPS) {
            if (range / candidate <= 8) {
                step = candidate;
                break;
            }
        }
        double lower = Math.floor(firstSecond / step) * step;
        return new TimeScale(lower, Math.max(lower + step, Math.ceil(lastSecond / step) * step), step);
    }

    /** Oldest first; FX thread. */
    public ObservableList<Sample> samples() {
        return samples;
    }

    /** What happened to the nodes while sampling, to be drawn across the charts; cleared with the samples. */
    public EventMarkers markers() {
        return markers;
    }
}
