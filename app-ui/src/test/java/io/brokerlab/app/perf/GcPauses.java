package io.brokerlab.app.perf;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The longest stop-the-world pause of this JVM's collectors since the last reset, from the JVM's own GC
 * notifications. Concurrent collectors also report their cycles ("ZGC Cycles", "Shenandoah Cycles"), which run
 * beside the application and so are not pauses.
 */
final class GcPauses {

    private final AtomicLong longest = new AtomicLong();

    private GcPauses() {
    }

    static GcPauses install() {
        GcPauses pauses = new GcPauses();
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (pauses(bean)) {
                ((NotificationEmitter) bean).addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        long millis = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                                .getGcInfo().getDuration();
                        pauses.longest.accumulateAndGet(millis, Math::max);
                    }
                }, null, null);
            }
        }
        return pauses;
    }

    static boolean pauses(GarbageCollectorMXBean bean) {
        return !bean.getName().endsWith("Cycles");
    }

    void reset() {
        longest.set(0);
    }

    long longestMillis() {
        return longest.get();
    }
}
