package io.brokerlab.launcher.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Broker id lists as Kafka's tools take them on the command line. */
final class BrokerIds {

    private BrokerIds() {
    }

    /** {@code 1:2,2:3,3:1}: the replicas of partition 0, 1, 2..., each list's first the preferred leader. */
    static Map<Integer, List<Integer>> parseAssignment(String text) {
        Map<Integer, List<Integer>> assignment = new LinkedHashMap<>();
        String[] partitions = text.split(",");
        for (int p = 0; p < partitions.length; p++) {
            assignment.put(p, parseList(partitions[p], ":"));
        }
        return assignment;
    }

    static List<Integer> parseList(String text, String separator) {
        List<Integer> brokers = new ArrayList<>();
        for (String id : text.split(separator)) {
            try {
                brokers.add(Integer.parseInt(id.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + id + "' is not a broker id in '" + text + "'");
            }
        }
        return brokers;
    }
}
