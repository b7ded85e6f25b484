package io.brokerlab.runtime.metrics;

import java.util.Map;
import java.util.stream.Collectors;

/** Writes the Prometheus text exposition format, version 0.0.4. */
public final class PrometheusWriter {

    private final StringBuilder text = new StringBuilder(4096);

    public void gauge(String name, String help, double value) {
        header(name, help, "gauge");
        sample(name, Map.of(), value);
    }

    public void counter(String name, String help, double value) {
        header(name, help, "counter");
        sample(name, Map.of(), value);
    }

    public void header(String name, String help, String type) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    public void sample(String name, Map<String, String> labels, double value) {
        text.append(name);
        if (!labels.isEmpty()) {
            text.append(labels.entrySet().stream()
                    .map(e -> e.getKey() + "=\"" + escape(e.getValue()) + '"')
                    .collect(Collectors.joining(",", "{", "}")));
        }
        text.append(' ').append(format(value)).append('\n');
    }

    private static String format(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    public String text() {
        return text.toString();
    }
}
