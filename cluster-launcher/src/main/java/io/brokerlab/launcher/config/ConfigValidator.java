package io.brokerlab.launcher.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.zookeeper.server.quorum.QuorumPeerConfig;

/**
 * Checks node configurations with Kafka's and ZooKeeper's own parsers, so a typo is reported before a JVM is
 * started rather than found in its log. Both parsers stop at the first error, so a broker's keys are first checked
 * one by one against Kafka's definition of each, and ZooKeeper's numbers one by one, so that every invalid value
 * is listed; the parsers then check what only the whole file can tell.
 */
public final class ConfigValidator {

    private static final Pattern INVALID_VALUE = Pattern.compile("for configuration ([^\\s:]+)");
    private static final Pattern MISSING = Pattern.compile("Missing required configuration [`\"']([^`\"']+)[`\"']");

    /** Prefixes under which Kafka passes keys on to listeners and plugins, so it cannot know them all. */
    static final List<String> PASSED_ON_PREFIXES = List.of(
            "listener.name.", "log4j", "rsm.config.", "rlmm.config.", "metric.reporters.", "kafka.metrics.");

    /** ZooKeeper keys read as numbers; its parser reports a bad one without naming the key. */
    private static final List<String> ZOOKEEPER_INT_KEYS = List.of(
            "clientPort", "secureClientPort", "observerMasterPort", "clientPortListenBacklog", "tickTime",
            "maxClientCnxns", "minSessionTimeout", "maxSessionTimeout", "initLimit", "syncLimit",
            "connectToLearnerMasterLimit", "electionAlg", "autopurge.snapRetainCount", "autopurge.purgeInterval",
            "quorum.cnxn.threads.size", "multiAddress.reachabilityCheckTimeoutMs");

    /** Must be positive, though ZooKeeper only rejects 0 (as "not set") and misbehaves on negatives. */
    private static final List<String> ZOOKEEPER_POSITIVE_KEYS = List.of("tickTime", "initLimit", "syncLimit");

    /** Ports ZooKeeper binds: its parser says "port out of range:-1" without naming the key. */
    private static final List<String> ZOOKEEPER_PORT_KEYS = List.of("clientPort", "secureClientPort",
            "observerMasterPort");

    private ConfigValidator() {
    }

    /** With the Windows warnings when brokers run on Windows here. */
    public static List<ConfigProblem> validateBroker(Properties properties) {
        return validateBroker(properties, WindowsBrokerDefaults.onThisMachine());
    }

    /** @param windows also warn for settings that make a Windows broker delete files and stop (docs/windows.md) */
    public static List<ConfigProblem> validateBroker(Properties properties, boolean windows) {
        return validateBroker(properties, windows, 0);
    }

    /**
     * With the Windows warnings when brokers run on Windows here, and warnings for replication factors and
     * min.insync.replicas larger than a cluster of {@code brokers} brokers can meet.
     */
    public static List<ConfigProblem> validateBroker(Properties properties, int brokers) {
        return validateBroker(properties, WindowsBrokerDefaults.onThisMachine(), brokers);
    }

    private static List<ConfigProblem> validateBroker(Properties properties, boolean windows, int brokers) {
        List<ConfigProblem> problems = new ArrayList<>();
        Properties rest = (Properties) properties.clone();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            KafkaRules.check(key, properties.getProperty(key)).ifPresent(e -> {
                problems.add(kafkaError(key, e));
                rest.remove(key);
            });
        }
        // Kafka's listener syntax takes any number as the port: a broker with one out of range fails as it binds
        for (String key : ListenerPorts.KEYS) {
            if (rest.containsKey(key)) {
                ListenerPorts.problem(rest.getProperty(key)).ifPresent(why -> {
                    problems.add(ConfigProblem.error(key, why));
                    rest.remove(key);
                });
            }
        }
        // the rules across keys (listeners against advertised.listeners...): each invalid key, left out, counts
        // as not set, so that the parse gets past it, and what it says of a key already listed is not repeated
        try {
            KafkaRules.parse(rest);
        } catch (RuntimeException e) {
            String key = keyOf(e.getMessage(), properties.stringPropertyNames());
            if (key == null || problems.stream().noneMatch(p -> key.equals(p.key()))) {
                problems.add(kafkaError(key, e));
            }
        }
        Set<String> known = KafkaRules.knownKeys();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (!known.contains(key) && PASSED_ON_PREFIXES.stream().noneMatch(key::startsWith)) {
                problems.add(ConfigProblem.warning(key, "unknown broker configuration " + key
                        + "; Kafka ignores it (misspelt?)"));
            }
        }
        if (windows) {
            problems.addAll(WindowsBrokerDefaults.problems(properties));
        }
        if (problems.stream().noneMatch(ConfigProblem::isError)) { // else the values may not be what Kafka reads
            problems.addAll(ReplicationWarnings.check(properties, brokers));
        }
        return problems;
    }

    /** Kafka's "for configuration <key>" is cut: the problem is shown after its key, which it would say twice. */
    private static ConfigProblem kafkaError(String key, RuntimeException e) {
        return ConfigProblem.error(key, key == null ? messageOf(e)
                : messageOf(e).replace(" for configuration " + key, ""));
    }

    /**
     * Validates without touching the data directory: for an ensemble, ZooKeeper wants {@code dataDir/myid},
     * which the workspace writes itself, so only its absence is forgiven.
     */
    public static List<ConfigProblem> validateZooKeeper(Properties properties) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (String key : ZOOKEEPER_INT_KEYS) {
            String value = properties.getProperty(key);
            if (value == null) {
                continue;
            }
            try {
                int number = Integer.parseInt(value.trim());
                if (number <= 0 && ZOOKEEPER_POSITIVE_KEYS.contains(key)) {
                    problems.add(ConfigProblem.error(key, key + " must be positive, not " + number));
                }
                if (ZOOKEEPER_PORT_KEYS.contains(key)) {
                    ListenerPorts.outOfRange(number).ifPresent(why -> problems.add(ConfigProblem.error(key, why)));
                }
            } catch (NumberFormatException e) {
                problems.add(ConfigProblem.error(key, "invalid value '" + value + "' for " + key
                        + ": not a whole number"));
            }
        }
        // ZooKeeper's parser would stop at one of the numbers above, named or not; the other keys are still checked
        if (problems.isEmpty()) {
            try {
                ZooKeeperParse.run(properties);
            } catch (Exception e) {
                if (!"myid file is missing".equals(e.getMessage())) {
                    problems.add(ConfigProblem.error(keyOf(e.getMessage(), properties.stringPropertyNames()),
                            messageOf(e)));
                }
            }
        }
        Set<String> reported = new HashSet<>();
        problems.forEach(problem -> reported.add(problem.key()));
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            ConfigInfo info = ConfigCatalog.of(NodeKind.ZOOKEEPER).keys().get(key);
            if (info != null && !reported.contains(key)) {
                unreadZooKeeperValue(info, properties.getProperty(key).strip()).ifPresent(problems::add);
            } else if (info == null && ZooKeeperKeys.pattern(key) == null) {
                // ZooKeeper takes any key without a word (as a system property): a typo would pass unseen
                problems.add(ConfigProblem.warning(key, "unknown ZooKeeper configuration " + key + "; ZooKeeper"
                        + " passes it on as the system property zookeeper." + key + ", which nothing may read"
                        + " (misspelt?)"));
            }
        }
        return problems;
    }

    /**
     * ZooKeeper reads most keys as system properties with {@code Integer.getInteger} or
     * {@code Boolean.getBoolean}, which take a value they cannot read as the default or as false without a word.
     */
    private static Optional<ConfigProblem> unreadZooKeeperValue(ConfigInfo info, String value) {
        String key = info.key();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (("int".equals(info.type()) || "long".equals(info.type())) && !value.matches("-?\\d+")) {
            return Optional.of(ConfigProblem.warning(key, "'" + value + "' is not a whole number: ZooKeeper"
                    + " ignores it and uses the default (" + info.defaultText() + ")"));
        }
        if ("boolean".equals(info.type()) && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            return Optional.of(ConfigProblem.warning(key, "'" + value + "' is neither true nor false: ZooKeeper"
                    + " reads it as false"));
        }
        if (!"boolean".equals(info.type()) && !"list".equals(info.type()) && !info.choices().isEmpty()
                && !info.choices().contains(value)) {
            return Optional.of(ConfigProblem.warning(key, "'" + value + "' is not one of "
                    + String.join(", ", info.choices())));
        }
        return Optional.empty();
    }

    /** The key a parser's message is about: its explicit form if it has one, else the first known key it names. */
    static String keyOf(String message, Set<String> keys) {
        if (message == null) {
            return null;
        }
        for (Pattern pattern : List.of(INVALID_VALUE, MISSING)) {
            Matcher matcher = pattern.matcher(message);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        for (String word : message.split("[^A-Za-z0-9._-]+")) {
            String candidate = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (keys.contains(candidate) || ZOOKEEPER_POSITIVE_KEYS.contains(candidate)
                    || candidate.equals("dataDir")) {
                return candidate;
            }
        }
        return null;
    }

    private static String messageOf(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && (message == null || !message.contains(cause.getMessage()))) {
            message = (message == null ? "" : message + ": ") + cause.getMessage();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /**
     * Runs ZooKeeper's parser while undoing its side effects on this JVM: it copies every key it does not know
     * into a {@code zookeeper.*} system property and keeps two switches in static fields.
     */
    static final class ZooKeeperParse {

        private ZooKeeperParse() {
        }

        static synchronized void run(Properties properties) throws Exception {
            Map<String, String> before = zookeeperSystemProperties();
            boolean standalone = QuorumPeerConfig.isStandaloneEnabled();
            boolean reconfig = QuorumPeerConfig.isReconfigEnabled();
            try {
                new QuorumPeerConfig().parseProperties(properties);
            } finally {
                QuorumPeerConfig.setStandaloneEnabled(standalone);
                QuorumPeerConfig.setReconfigEnabled(reconfig);
                Map<String, String> after = zookeeperSystemProperties();
                after.keySet().stream().filter(key -> !before.containsKey(key)).forEach(System::clearProperty);
                before.forEach(System::setProperty);
            }
        }

        private static Map<String, String> zookeeperSystemProperties() {
            Map<String, String> properties = new HashMap<>();
            System.getProperties().stringPropertyNames().stream()
                    .filter(name -> name.startsWith("zookeeper."))
                    .forEach(name -> properties.put(name, System.getProperty(name)));
            return properties;
        }
    }
}
