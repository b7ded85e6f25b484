package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class IconSizesTest {

    @Test
    void atTheDefaultTextSizeIconsKeepTheThemesAndTheAppsSizes() {
        assertThat(IconSizes.css(IconSizes.BASE_FONT_SIZE))
                .contains(".ikonli-font-icon { -fx-icon-size: 18px; }")
                .contains(".node-card .card-icon { -fx-icon-size: 28px; }")
                .contains(".empty-icon { -fx-icon-size: 64px; }");
    }

    @Test
    void iconsGrowInProportionToTheText() {
        assertThat(IconSizes.css(28))
                .contains(".ikonli-font-icon { -fx-icon-size: 36px; }")
                .contains(".sidebar .brand .ikonli-font-icon { -fx-icon-size: 52px; }");
    }

    @Test
    void theStylesheetIsADataUrlOfThatCss() {
        String url = IconSizes.stylesheetFor(22);
        assertThat(url).startsWith("data:text/css;base64,");
        String css = new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(css).isEqualTo(IconSizes.css(22));
    }
}
