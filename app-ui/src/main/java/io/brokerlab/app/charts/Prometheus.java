package io.brokerlab.app.charts;

import java.util.HashMap;
import java.util.Map;

/** Reads Prometheus text exposition: sums each metric's samples over its labels. */
final class Prometheus {

    private Prometheus() {
    }

    static Map<String, Double> parse(String text) {
        Map<String, Double> values = new HashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int brace = trimmed.indexOf('{');
            int space = trimmed.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String name = brace >= 0 && brace < space ? trimmed.substring(0, brace) : trimmed.substring(0, space).trim();
            try {
                double value = Double.parseDouble(trimmed.substring(space + 1));
                values.merge(name, value, Double::sum);
            } catch (NumberFormatException e) {
                // a timestamped or malformed line: skip it rather than lose the whole scrape
            }
        }
        return values;
    }
}
