package dk.pejling.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class FieldErrorMessagesTest {

    @Test
    void aMessageBecomesItsKebabCaseKey() {
        assertThat(FieldErrorMessages.key("must not be blank")).isEqualTo("must-not-be-blank");
        assertThat(FieldErrorMessages.key("must be at most 300 characters")).isEqualTo("must-be-at-most-300-characters");
        assertThat(FieldErrorMessages.key("a goal cannot be placed under itself or one of its sub-goals"))
                .isEqualTo("a-goal-cannot-be-placed-under-itself-or-one-of-its-sub-goals");
    }

    @Test
    void punctuationRunsCollapseAndNoDashIsLeftAtEitherEnd() {
        assertThat(FieldErrorMessages.key("  Must be given (the version you last read).  "))
                .isEqualTo("must-be-given-the-version-you-last-read");
        assertThat(FieldErrorMessages.key("!!!")).isEmpty();
    }

    @Test
    void uploadMessagesWithVariablePartsShareOneKeyEach() {
        assertThat(FieldErrorMessages.key("is larger than 20 MB")).isEqualTo("file-too-large");
        assertThat(FieldErrorMessages.key("is larger than 5 MB")).isEqualTo("file-too-large");
        assertThat(FieldErrorMessages.key("files of type 'application/x-msdownload' are not accepted; use PDF"))
                .isEqualTo("file-type");
        assertThat(FieldErrorMessages.key("the content of the file does not match its type application/pdf"))
                .isEqualTo("file-content");
    }

    @Test
    void localisesKnownMessagesAndShowsUnknownOnesAsTheyAre() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("validation.must-not-be-blank", Locale.forLanguageTag("da"), "skal udfyldes");
        FieldErrorMessages messages = new FieldErrorMessages(source);
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("title", "must not be blank");
        errors.put("code", "something nobody translated");

        Map<String, String> shown = messages.localise(errors, Locale.forLanguageTag("da"));

        assertThat(shown).containsExactly(Map.entry("title", "skal udfyldes"), Map.entry("code", "something nobody translated"));
    }

    @Test
    void messagesWithANumberOrAQuotedNameAreTranslatedWithThemAsArguments() {
        org.springframework.context.support.ResourceBundleMessageSource bundles =
                new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        FieldErrorMessages messages = new FieldErrorMessages(bundles);
        Locale da = Locale.forLanguageTag("da");

        assertThat(messages.localise("2 reports still wait for review", da))
                .isEqualTo("2 indberetninger venter stadig på vurdering");
        assertThat(messages.localise("the status 'Afventer eller er udsat' needs a note explaining it", da))
                .isEqualTo("status 'Afventer eller er udsat' kræver en kommentar, der forklarer den");
        assertThat(messages.localise("4 initiatives have not reported; confirm to lock the round without them", da))
                .startsWith("4 indsatser har ikke indberettet");
        assertThat(messages.localise("must be at most 300 characters", da)).isEqualTo("må højst være 300 tegn");
        assertThat(messages.localise("17 things nobody translated", da)).isEqualTo("17 things nobody translated");
    }
}
