package dk.pejling.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodedTest {

    @Test
    void parsesTheDanishCodeIgnoringCaseAndSurroundingSpace() {
        assertThat(Coded.parse(Visibility.class, "intern")).isEqualTo(Visibility.INTERNAL);
        assertThat(Coded.parse(Visibility.class, "  Offentlig ")).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void parsesTheConstantsOwnNameToo() {
        assertThat(Coded.parse(Visibility.class, "INTERNAL")).isEqualTo(Visibility.INTERNAL);
        assertThat(Coded.parse(Visibility.class, "public")).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void anUnknownValueNamesTheTypeAndTheAcceptedCodes() {
        assertThatThrownBy(() -> Coded.parse(Visibility.class, "hemmelig"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Visibility")
                .hasMessageContaining("'hemmelig'")
                .hasMessageContaining("[offentlig, intern]");
    }

    @Test
    void aMissingValueIsRefused() {
        assertThatThrownBy(() -> Coded.parse(Visibility.class, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing value for Visibility");
        assertThatThrownBy(() -> Coded.parse(Visibility.class, "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing value");
    }
}
