package io.brokerlab.app.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.collections.ModifiableObservableListBase;

/**
 * The timeline's lines, newest first, each with the gap to the line before it, at most {@code capacity} of them.
 * {@link #merge} places a whole batch with a single list change, so the table re-lays out once per pulse however
 * many events a kill sets off.
 */
final class TimelineEntries extends ModifiableObservableListBase<TimelineEntry> {

    private final List<TimelineEntry> lines = new ArrayList<>();
    private final int capacity;

    TimelineEntries(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Inserts each entry by time (the launcher and the state watcher deliver independently, so one can be late),
     * setting its gap and that of the newer line after it; the oldest lines beyond the capacity go.
     */
    void merge(List<TimelineEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        // oldest first, so of two lines with the same time the later arrival ends up above (newer)
        List<TimelineEntry> oldestFirst = new ArrayList<>(batch);
        oldestFirst.sort(Comparator.comparing(TimelineEntry::at));
        beginChange();
        try {
            for (TimelineEntry entry : oldestFirst) {
                insert(entry);
            }
            if (size() > capacity) {
                removeRange(capacity, size());
            }
        } finally {
            endChange();
        }
    }

    /** Replaces {@code old} (if still listed) with {@code batch}, as one change: a line rewritten once its cause is known. */
    void replace(TimelineEntry old, List<TimelineEntry> batch) {
        beginChange();
        try {
            int i = indexOfListed(old);
            if (i >= 0) {
                remove(i);
                if (i > 0) {
                    set(i - 1, withGap(get(i - 1), i < size() ? gap(get(i).at(), get(i - 1).at()) : 0));
                }
            }
            merge(batch);
        } finally {
            endChange();
        }
    }

    /**
     * Puts each line of {@code longer} where the line it replaces is listed, with that line's gap: the same moment
     * said more fully. Also as one change.
     */
    void replaceInPlace(Map<TimelineEntry, TimelineEntry> longer, List<TimelineEntry> batch) {
        beginChange();
        try {
            longer.forEach((old, line) -> {
                int i = indexOfListed(old);
                if (i >= 0) {
                    set(i, withGap(line, get(i).sincePreviousMillis()));
                }
            });
            merge(batch);
        } finally {
            endChange();
        }
    }

    /** As listed with its gap, which the line given does not have. */
    private int indexOfListed(TimelineEntry line) {
        for (int i = 0; i < lines.size(); i++) {
            if (withGap(lines.get(i), 0).equals(withGap(line, 0))) {
                return i;
            }
        }
        return -1;
    }

    private void insert(TimelineEntry entry) {
        int i = 0;
        while (i < size() && get(i).at().isAfter(entry.at())) {
            i++;
        }
        long since = i < size() ? gap(get(i).at(), entry.at()) : 0;
        add(i, withGap(entry, since));
        if (i > 0) {
            set(i - 1, withGap(get(i - 1), gap(entry.at(), get(i - 1).at())));
        }
    }

    private static TimelineEntry withGap(TimelineEntry e, long millis) {
        return new TimelineEntry(e.at(), e.node(), e.what(), e.detail(), e.tone(), millis);
    }

    private static long gap(Instant before, Instant after) {
        return Math.max(0, Duration.between(before, after).toMillis());
    }

    @Override
    public TimelineEntry get(int index) {
        return lines.get(index);
    }

    @Override
    public int size() {
        return lines.size();
    }

    @Override
    protected void doAdd(int index, TimelineEntry element) {
        lines.add(index, element);
    }

    @Override
    protected TimelineEntry doSet(int index, TimelineEntry element) {
        return lines.set(index, element);
    }

    @Override
    protected TimelineEntry doRemove(int index) {
        return lines.remove(index);
    }
}
