package io.brokerlab.app.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * An observable list that keeps only the newest {@code capacity} items: appending beyond that drops the oldest,
 * reported as one change (the oldest removed, the new ones added). Backed by a ring, so an append costs what it
 * adds and drops. An {@code observableArrayList} would drop its first k items one {@code ArrayList.remove(0)} at
 * a time, k passes over the whole array: with a full 5,000-row tail buffer that was up to 25 million reference
 * copies on the FX thread per update. Read-only to everyone but its owner ({@link #append}, {@link #clear}).
 * FX thread.
 */
public final class NewestItems<T> extends ObservableListBase<T> {

    private final Object[] ring;
    private int head;
    private int size;

    public NewestItems(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.ring = new Object[capacity];
    }

    /** Adds {@code items} at the end; of a batch larger than the capacity only its newest items are kept. */
    public void append(List<? extends T> items) {
        if (items.isEmpty()) {
            return;
        }
        List<? extends T> kept = items.size() > ring.length ? items.subList(items.size() - ring.length, items.size()) : items;
        beginChange();
        try {
            int overflow = size + kept.size() - ring.length;
            if (overflow > 0) {
                List<T> dropped = new ArrayList<>(overflow);
                for (int i = 0; i < overflow; i++) {
                    dropped.add(get(i));
                    ring[slot(i)] = null;
                }
                head = slot(overflow);
                size -= overflow;
                nextRemove(0, dropped);
            }
            int from = size;
            for (T item : kept) {
                ring[slot(size++)] = item;
            }
            nextAdd(from, size);
        } finally {
            endChange();
        }
    }

    @Override
    public void clear() {
        if (size == 0) {
            return;
        }
        List<T> dropped = new ArrayList<>(this);
        Arrays.fill(ring, null);
        head = 0;
        size = 0;
        beginChange();
        try {
            nextRemove(0, dropped);
        } finally {
            endChange();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size);
        }
        return (T) ring[slot(index)];
    }

    @Override
    public int size() {
        return size;
    }

    private int slot(int index) {
        return (head + index) % ring.length;
    }
}
