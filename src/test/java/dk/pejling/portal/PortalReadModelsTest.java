package dk.pejling.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.organisation.Organisation;
import dk.pejling.portal.PublicViews.StrategyCard;
import dk.pejling.safetyindex.SafetyIndexService;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.Strategy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the portal's read models hold: only what the public may see, with the filter's choices. */
@IntegrationTest
class PortalReadModelsTest {

    static final Locale DANISH = Locale.forLanguageTag("da");

    @Autowired
    PortalReadModels readModels;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SafetyIndexService safetyIndex;

    @Test
    void theFrontPageOfAnOrganisationHoldsItsPublicStrategyAndNotItsInternalOne() {
        Organisation owner = fixtures.organisation("Portalejer " + Fixtures.token());
        Strategy shown = fixtures.strategy("Offentlig " + Fixtures.token(), owner.id()).create();
        Strategy hidden = fixtures.strategy("Intern " + Fixtures.token(), owner.id()).internal().create();

        PortalFrontPage page = readModels.frontPage("  ", owner.id().value(), null, null);

        assertThat(page.strategies()).extracting(StrategyCard::id).contains(shown.id().value())
                .doesNotContain(hidden.id().value());
        assertThat(page.toString()).doesNotContain(hidden.title());
        assertThat(page.theme()).as("a blank theme is no theme").isNull();
        assertThat(page.organisation()).isEqualTo(owner.id().value());
        assertThat(page.organisations()).extracting(Organisation::id).contains(owner.id());
        assertThat(page.statuses()).containsExactly(LifecycleStatus.values());
    }

    @Test
    void theSafetyComparisonOffersOnlyPublicMethodVersionsAndSaysWhyAValueIsHidden() throws Exception {
        String version = "9." + Math.abs(Fixtures.token().hashCode() % 10000) + ".0";
        safetyIndex.saveMethod(methodText().replace("version: 1.0.0", "version: " + version), false, Fixtures.EDITOR);

        PortalSafetyPage page = readModels.safetyComparison(version, null, null, DANISH);

        assertThat(page.methods()).doesNotContain(version);
        assertThat(page.comparison() == null || !version.equals(page.comparison().method())).isTrue();
        assertThat(page.why().apply("N_TOO_SMALL: n = 32 < 50")).isEqualTo("For få svar (n = 32 < 50)");
        assertThat(page.kindLabels()).hasSize(dk.pejling.safetyindex.Area.Kind.values().length);
    }

    private static String methodText() throws java.io.IOException {
        try (var in = PortalReadModelsTest.class.getResourceAsStream("/safetyindex/method-1.0.0.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
