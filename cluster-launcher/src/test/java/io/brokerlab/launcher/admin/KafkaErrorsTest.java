package io.brokerlab.launcher.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.NotControllerException;
import org.junit.jupiter.api.Test;

class KafkaErrorsTest {

    @Test
    void aRequestThatReachedABrokerNoLongerTheControllerSaysSoInPlainWords() {
        NotControllerException kafkas = new NotControllerException("This is not the correct controller for this cluster.");

        assertThat(KafkaErrors.translate(kafkas, "elect")).hasMessage("cannot elect: the controller moved to another"
                + " broker just now; try again in a moment").hasCause(kafkas);
    }
}
