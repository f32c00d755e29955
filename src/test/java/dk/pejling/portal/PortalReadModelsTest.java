package dk.pejling.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.organisation.Organisation;
import dk.pejling.portal.PublicViews.StrategyCard;
import dk.pejling.safetyindex.SafetyIndexService;
import dk.pejling.shared.NotFoundException;
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
    @Autowired
    PublicData data;

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
    void theOpenDataOfAPublicStrategyAreItsPageAndIndicatorsAndAnInternalOneIsNotFound() {
        Organisation owner = fixtures.organisation("Åbne data " + Fixtures.token());
        Strategy shown = fixtures.strategy("Offentlig " + Fixtures.token(), owner.id()).create();
        Strategy hidden = fixtures.strategy("Intern " + Fixtures.token(), owner.id()).internal().create();

        OpenDataStrategy open = readModels.openDataStrategy(shown.id().value().toString(), DANISH);

        assertThat(open.page().id()).isEqualTo(shown.id().value());
        assertThat(open.indicators()).isEqualTo(data.indicators(open.page(), DANISH));
        assertThatThrownBy(() -> readModels.openDataStrategy(hidden.id().value().toString(), DANISH))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCatalogueListsThePublicStrategiesDescribedByTheirSummaryOrWhatTheirDataHold() {
        Organisation owner = fixtures.organisation("Katalog " + Fixtures.token());
        Strategy summarised = fixtures.strategy("Resumeret " + Fixtures.token(), owner.id()).summary("Kort om strategien.").create();
        Strategy bare = fixtures.strategy("Uden resumé " + Fixtures.token(), owner.id()).create();
        Strategy hidden = fixtures.strategy("Intern " + Fixtures.token(), owner.id()).internal().create();

        List<DcatCatalog.Dataset> datasets = readModels.catalogDatasets();

        assertThat(datasets).extracting(DcatCatalog.Dataset::title).contains(summarised.title(), bare.title())
                .doesNotContain(hidden.title());
        assertThat(datasets).filteredOn(d -> d.title().equals(summarised.title())).singleElement()
                .extracting(DcatCatalog.Dataset::description).isEqualTo("Kort om strategien.");
        assertThat(datasets).filteredOn(d -> d.title().equals(bare.title())).singleElement()
                .extracting(DcatCatalog.Dataset::description).isEqualTo(
                        "Mål, indikatorer, målinger, vurderinger og indsatsernes godkendte status for " + bare.title() + ".");
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
