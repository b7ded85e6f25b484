package io.brokerlab.launcher.admin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicConfigValidationTest {

    @Test
    void noConfigsAndValidOverridesPass() {
        assertThatCode(() -> TopicService.validateConfigs(Map.of())).doesNotThrowAnyException();
        assertThatCode(() -> TopicService.validateConfigs(Map.of("retention.ms", "60000", "cleanup.policy", "compact")))
                .doesNotThrowAnyException();
    }

    @Test
    void unknownKeyIsNamed() {
        assertThatThrownBy(() -> TopicService.validateConfigs(Map.of("retention.msec", "1")))
                .isInstanceOf(AdminException.class).hasMessageContaining("retention.msec");
    }

    @Test
    void invalidValueIsNamedWithTheReason() {
        assertThatThrownBy(() -> TopicService.validateConfigs(Map.of("cleanup.policy", "shred")))
                .isInstanceOf(AdminException.class).hasMessageContaining("cleanup.policy").hasMessageContaining("shred");
    }
}
