package io.brokerlab.runtime.metrics;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** JVM and process figures every node exposes, read from the platform MXBeans. */
public final class JvmMetrics {

    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    private JvmMetrics() {
    }

    public static void write(PrometheusWriter out) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        out.gauge("jvm_memory_heap_used_bytes", "heap in use", heap.getUsed());
        out.gauge("jvm_memory_heap_committed_bytes", "heap committed by the JVM", heap.getCommitted());
        out.gauge("jvm_memory_heap_max_bytes", "maximum heap", heap.getMax());
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        out.gauge("jvm_memory_nonheap_used_bytes", "metaspace, code cache and other non-heap memory in use",
                nonHeap.getUsed());
        out.gauge("jvm_threads_live", "live threads", ManagementFactory.getThreadMXBean().getThreadCount());
        out.header("jvm_gc_collections_total", "garbage collections", "counter");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            out.sample("jvm_gc_collections_total", Map.of("gc", gc.getName()), gc.getCollectionCount());
        }
        out.header("jvm_gc_collection_seconds_total", "time spent in garbage collection", "counter");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            out.sample("jvm_gc_collection_seconds_total", Map.of("gc", gc.getName()), gc.getCollectionTime() / 1000.0);
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            out.counter("process_cpu_seconds_total", "CPU time of this process", os.getProcessCpuTime() / 1e9);
        }
        long rss = residentBytes();
        if (rss >= 0) {
            out.gauge("process_resident_memory_bytes", "resident set size", rss);
        }
        out.gauge("process_uptime_seconds", "time since the JVM started",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
    }

    /** VmRSS from procfs where there is one; -1 elsewhere. */
    static long residentBytes() {
        if (!Files.isReadable(PROC_STATUS)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(PROC_STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.trim().split("\\s+");
                    return Long.parseLong(parts[1]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
