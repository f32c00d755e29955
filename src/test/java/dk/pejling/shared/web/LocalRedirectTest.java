package dk.pejling.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/runder/1/indsatser/2", "/udvalg?q=a&b=c", "/a#b", "/a:b"})
    void followsAPathOfThisApplication(String target) {
        assertThat(LocalRedirect.to(target, "/fallback")).isEqualTo("redirect:" + target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example",
            "/\t/evil.example", "/\n/evil.example", " /x", "/x y", "javascript:alert(1)", "evil.example", "",
            "/{id}", "/a\\b", "/\u2028/evil.example", "http:/evil.example", "\u0000/"})
    void fallsBackForAnythingElse(String target) {
        assertThat(LocalRedirect.to(target, "/fallback")).isEqualTo("redirect:/fallback");
    }

    @org.junit.jupiter.api.Test
    void fallsBackWithoutATarget() {
        assertThat(LocalRedirect.to(null, "/")).isEqualTo("redirect:/");
    }
}
