package dk.pejling.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.pejling.organisation.OrganisationId;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Period;
import dk.pejling.shared.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StrategyDetailsTest {

    private static final OrganisationId OWNER = OrganisationId.random();

    private static StrategyDetails details(String title, List<String> themes, List<StrategyDetails.LinkInput> links) {
        return new StrategyDetails(title, StrategyKind.STRATEGY, OWNER, Set.of(), null, LifecycleStatus.DRAFT, null,
                themes, links, List.of(), Visibility.PUBLIC);
    }

    private static StrategyDetails withLink(String url) {
        return details("Plan", List.of(), List.of(new StrategyDetails.LinkInput(null, "Link", url)));
    }

    @Test
    void reportsEveryFieldErrorAtOnce() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new StrategyDetails(
                "  ", null, null, null, null, null, "x".repeat(20_001), List.of("t".repeat(101)),
                List.of(new StrategyDetails.LinkInput(null, " ", "javascript:alert(1)"),
                        new StrategyDetails.LinkInput(null, "Ingen adresse", null)),
                List.of(new StrategyDetails.RelationInput(null, StrategyId.random())), null));

        assertThat(e.fieldErrors()).containsOnlyKeys("title", "kind", "ownerId", "status", "visibility", "summary",
                "themes", "links[0].title", "links[0].url", "links[1].url", "relations");
        assertThat(e.fieldErrors()).containsEntry("title", "must not be blank")
                .containsEntry("links[0].url", "must be an http or https address")
                .containsEntry("summary", "must be at most 20000 characters");
    }

    @Test
    void aValidStrategyStripsTextAndDefaultsTheOptionalParts() {
        StrategyDetails d = new StrategyDetails("  Tryg Aalborg  ", StrategyKind.STRATEGY, OWNER, null, null,
                LifecycleStatus.ADOPTED, "   ", null, null, null, Visibility.INTERNAL);

        assertThat(d.title()).isEqualTo("Tryg Aalborg");
        assertThat(d.summary()).isNull();
        assertThat(d.partnerIds()).isEmpty();
        assertThat(d.themes()).isEmpty();
        assertThat(d.links()).isEmpty();
        assertThat(d.relations()).isEmpty();
        assertThat(d.period()).isEqualTo(new Period(null, null));
    }

    @Test
    void titleMayBe300CharactersButNotMore() {
        assertThat(details("t".repeat(300), null, null).title()).hasSize(300);
        assertThatThrownBy(() -> details("t".repeat(301), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("title", "must be at most 300 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.aalborg.dk/strategi", "http://example.org", "HTTPS://EXAMPLE.ORG/a?b=c#d",
            "  https://example.org/padded  "})
    void acceptsHttpAndHttpsAddresses(String url) {
        assertThat(withLink(url).links()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org/file", "data:text/html,<b>x</b>",
            "file:///etc/passwd", "www.example.org", "https://", "http:///no-host", "https://exa mple.org"})
    void refusesEveryOtherKindOfAddress(String url) {
        assertThatThrownBy(() -> withLink(url))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("links[0].url"));
    }

    @Test
    void anExistingLinkKeepsItsFileWithoutAUrl() {
        StrategyDetails d = details("Plan", null, List.of(new StrategyDetails.LinkInput(UUID.randomUUID(), "Bilag", null)));
        assertThat(d.links()).hasSize(1);
    }

    @Test
    void themesAreStrippedDeduplicatedInOrderAndBlanksDropped() {
        StrategyDetails d = details("Plan", Arrays.asList(" Tryghed", "Sundhed ", "Tryghed", "", null, "  ", "Sundhed"), null);

        assertThat(d.themes()).containsExactly("Tryghed", "Sundhed");
    }

    @Test
    void aThemeOver100CharactersIsAFieldError() {
        assertThatThrownBy(() -> details("Plan", List.of("t".repeat(101)), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("themes"));
    }

    @Test
    void theListsAreCopiesThatTheCallerCannotChangeAfterwards() {
        List<String> themes = new ArrayList<>(List.of("Tryghed"));
        StrategyDetails d = details("Plan", themes, null);
        themes.add("Sundhed");

        assertThat(d.themes()).containsExactly("Tryghed");
        assertThatThrownBy(() -> d.themes().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsAGivenPeriod() {
        Period period = new Period(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 12, 31));
        StrategyDetails d = new StrategyDetails("Tryg", StrategyKind.STRATEGY, OWNER, Set.of(), period,
                LifecycleStatus.ADOPTED, null, null, null, null, Visibility.PUBLIC);
        assertThat(d.period()).isEqualTo(period);
    }
}
