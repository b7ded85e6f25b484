package io.brokerlab.launcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    @Test
    void replacesEveryCounter() {
        MessageTemplate template = new MessageTemplate("msg-{n} of batch {n}!");

        assertThat(template.render(1)).isEqualTo("msg-1 of batch 1!");
        assertThat(template.render(42)).isEqualTo("msg-42 of batch 42!");
    }

    @Test
    void counterAtTheEdgesAndAlone() {
        assertThat(new MessageTemplate("{n}").render(7)).isEqualTo("7");
        assertThat(new MessageTemplate("{n}-x-{n}").render(3)).isEqualTo("3-x-3");
    }

    @Test
    void templateWithoutCounterIsConstant() {
        assertThat(new MessageTemplate("hello {m}").render(5)).isEqualTo("hello {m}");
        assertThat(new MessageTemplate("").render(5)).isEmpty();
    }
}
