package io.brokerlab.app.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.admin.AdminException;
import io.brokerlab.launcher.admin.BrokerConfigEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExternalConfigsViewModelTest {

    /** A broker that keeps dynamic values over its static ones, and refuses read-only keys, like Kafka. */
    private final Map<Integer, Map<String, String>> dynamic = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final ExternalConfigsViewModel model = new ExternalConfigsViewModel(Runnable::run, Runnable::run);

    /** Reads that still show the old values after a change, as a ZooKeeper-mode broker does for a moment. */
    private int staleReads;

    private final ExternalConfigsViewModel.Source source = new ExternalConfigsViewModel.Source() {
        @Override
        public List<BrokerConfigEntry> describe(int broker) {
            calls.add("describe " + broker);
            String max = staleReads-- > 0 ? null : dynamic.getOrDefault(broker, Map.of()).get("message.max.bytes");
            return List.of(new BrokerConfigEntry("broker.id", String.valueOf(broker), "STATIC_BROKER_CONFIG", true, false),
                    new BrokerConfigEntry("message.max.bytes", max == null ? "1048588" : max,
                            max == null ? "DEFAULT_CONFIG" : "DYNAMIC_BROKER_CONFIG", false, false));
        }

        @Override
        public void alter(int broker, Map<String, String> set, Set<String> remove) {
            if (set.containsKey("message.max.bytes") && !set.get("message.max.bytes").matches("\\d+")) {
                throw new AdminException("Invalid value for message.max.bytes");
            }
            dynamic.computeIfAbsent(broker, b -> new HashMap<>()).putAll(set);
            remove.forEach(dynamic.getOrDefault(broker, new HashMap<>())::remove);
        }
    };

    @Test
    void readsTheFirstBrokerAndSearchesByKey() {
        model.attach(source);
        model.brokers(Set.of(3, 1));
        assertThat(model.brokers()).containsExactly(1, 3);
        assertThat(calls).containsExactly("describe 1");
        assertThat(model.entries()).extracting(BrokerConfigEntry::name).containsExactly("broker.id", "message.max.bytes");
        assertThat(model.statusProperty().get()).isEqualTo("2 configs of broker 1 · 0 set dynamically");
        model.searchProperty().set("MAX");
        assertThat(model.entries()).extracting(BrokerConfigEntry::name).containsExactly("message.max.bytes");
        model.brokers(Set.of(1, 3));
        assertThat(calls).as("the same brokers again: no new read").hasSize(1);
    }

    @Test
    void setsAndResetsADynamicConfigAndExplainsARefusal() {
        model.attach(source);
        model.brokers(Set.of(2));
        model.selectedProperty().set(model.entries().get(1));
        model.valueProperty().set("2000000");
        model.apply().join();
        assertThat(model.selectedProperty().get())
                .isEqualTo(new BrokerConfigEntry("message.max.bytes", "2000000", "DYNAMIC_BROKER_CONFIG", false, false));
        assertThat(model.statusProperty().get()).isEqualTo("Broker 2: message.max.bytes = 2000000, in effect now (no restart)");

        model.valueProperty().set("lots");
        model.apply().join();
        assertThat(model.statusProperty().get())
                .isEqualTo("Broker 2 refused message.max.bytes = lots: Invalid value for message.max.bytes");

        assertThat(model.canApply()).as("Enter and Ctrl+S apply it too").isTrue();
        model.reset().join();
        assertThat(model.selectedProperty().get().source()).isEqualTo("DEFAULT_CONFIG");
        assertThat(model.statusProperty().get()).isEqualTo("Broker 2: message.max.bytes reset (a cluster-wide value,"
                + " else server.properties or Kafka's default, applies), in effect now (no restart)");

        model.selectedProperty().set(model.entries().get(0));
        assertThat(model.canApply()).as("read-only: nothing to apply").isFalse();
        model.valueProperty().set("9");
        model.apply().join();
        assertThat(model.statusProperty().get()).startsWith("broker.id is read-only while the broker runs");
        assertThat(dynamic.get(2)).doesNotContainKey("broker.id");
    }

    @Test
    void aChangeTheBrokerAppliesAMomentLaterIsReadUntilItShows() {
        model.attach(source);
        model.brokers(Set.of(1));
        model.selectedProperty().set(model.entries().get(1));
        model.valueProperty().set("3000000");
        staleReads = 2;
        calls.clear();
        model.apply().join();
        assertThat(calls).containsExactly("describe 1", "describe 1", "describe 1");
        assertThat(model.selectedProperty().get().value()).isEqualTo("3000000");
    }
}
