package io.brokerlab.launcher.workspace;

import java.util.List;
import java.util.Map;

import io.brokerlab.launcher.config.ClusterDefinition;
import io.brokerlab.launcher.config.JvmOptions;

/** The content of brokerlab.json; node names as keys keep the file readable. */
record Manifest(
        int format,
        ClusterDefinition definition,
        Map<String, Integer> agentPorts,
        Map<String, List<Integer>> quorumPorts,
        JvmOptions jvmOptions) {

    static final int FORMAT = 1;
}
