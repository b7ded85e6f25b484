package io.brokerlab.app.topics;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Changes to a topic's configs: keys to set, and overrides to remove (back to the broker's value). */
public record ConfigEdit(Map<String, String> set, Set<String> remove) {
    public ConfigEdit {
        // sorted, so the request and what is said about it list the keys alike every time
        set = Collections.unmodifiableMap(new TreeMap<>(set));
        remove = Collections.unmodifiableSet(new TreeSet<>(remove));
    }

    public boolean isEmpty() {
        return set.isEmpty() && remove.isEmpty();
    }
}
