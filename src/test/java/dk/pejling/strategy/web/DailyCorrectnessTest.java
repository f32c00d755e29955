package dk.pejling.strategy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Faults found in daily use of the demo data, each checked where a user met it. */
@IntegrationTest
class DailyCorrectnessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    dk.pejling.TestUsers users;

    @Test
    void theUsersPageShowsWhoCoordinatesBesideTheirRoles() throws Exception {
        var admin = users.create(dk.pejling.access.Role.ADMIN);
        var coordinator = users.coordinator(null, java.util.UUID.fromString(id("Tryg Aalborg – en mere tryg kommune")));
        var session = dk.pejling.WebSessions.signIn(mvc, admin.principal().username(), "a-long-test-password");
        var result = mvc.perform(get("/brugere").session(session)).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#user-" + coordinator.principal().username()).text())
                .contains("Læser", "koordinator for 1 strategi");
        assertThat(page.select("#user-" + admin.principal().username()).text()).doesNotContain("koordinator for");
    }

    @Test
    void aStrategyRelatedBothWaysIsListedOnceAmongTheRelations() throws Exception {
        Document page = page("/strategier/" + id("Tryg Aalborg – en mere tryg kommune"));
        List<String> relations = page.select("h2:contains(Relationer) + ul > li").eachText();
        assertThat(relations.stream().filter(r -> r.contains("Bæredygtighedsplan 2017-20")).count()).as(relations.toString())
                .isEqualTo(1);
    }

    @Test
    void theResultsOfAStrategyThatEndedIn2017OpenOn2017WithASummaryTableFirst() throws Exception {
        Document page = page("/strategier/" + id("Tryg Aalborg – en mere tryg kommune") + "/resultater");
        assertThat(page.select("h1").text()).endsWith("2017");
        assertThat(page.select("#year").val()).isEqualTo("2017");
        var summary = page.selectFirst("table#resultatoversigt");
        assertThat(summary).isNotNull();
        assertThat(summary.select("tbody tr")).isNotEmpty();
        assertThat(summary.select("tfoot").text()).startsWith("Alle mål og delmål:");
        // the table comes before the goal tree
        assertThat(page.select("table#resultatoversigt ~ ul.pejling-results")).isNotEmpty();
    }

    @Test
    void theDocumentsTheSourceNamesWithoutAnAddressAreListedAmongTheDocumentsNotInTheSummary() throws Exception {
        String id = id("Bæredygtighedsplan 2017-20");
        Document page = page("/strategier/" + id);
        List<String> documents = page.select("#dokumenter + ul > li").eachText();
        assertThat(documents).anySatisfy(d -> assertThat(d).startsWith("Bæredygtighedsplan 2017-20 – bilag")
                .contains("uden adresse eller kopi i Pejling"));
        assertThat(page.select("#dokumenter + p").eachText()).doesNotContain("Ingen dokumenter endnu.");
        assertThat(page.select(".pejling-prose").text()).doesNotContain("Dokumenter:");

        // the API gives the title-only document without an address
        var admin = users.create(dk.pejling.access.Role.ADMIN);
        String json = mvc.perform(get("/api/v1/strategies/{id}", id).header("Authorization", admin.bearer()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> titles = JsonPath.read(json, "$.links[?(@.title == 'Bæredygtighedsplan 2017-20 – bilag')].title");
        assertThat(titles).hasSize(1);
        List<String> urls = JsonPath.read(json, "$.links[?(@.title == 'Bæredygtighedsplan 2017-20 – bilag')].url");
        assertThat(urls).allSatisfy(u -> assertThat(u).isNull());
    }

    @Test
    void aTitleOnlyDocumentIsKeptWhenTheStrategyIsEditedButANewLinkStillNeedsAnAddress() {
        var kept = new dk.pejling.strategy.StrategyDetails.LinkInput(null, "Bilag", null, true);
        var plain = new dk.pejling.strategy.StrategyDetails.LinkInput(null, "Link", null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> details(List.of(plain)))
                .isInstanceOf(dk.pejling.shared.InvalidInputException.class);
        assertThat(details(List.of(kept)).links()).hasSize(1);
    }

    private static dk.pejling.strategy.StrategyDetails details(List<dk.pejling.strategy.StrategyDetails.LinkInput> links) {
        return new dk.pejling.strategy.StrategyDetails("Plan", dk.pejling.strategy.StrategyKind.PLAN,
                new dk.pejling.organisation.OrganisationId(java.util.UUID.randomUUID()), java.util.Set.of(), null,
                dk.pejling.strategy.LifecycleStatus.DRAFT, null, List.of(), links, List.of(), dk.pejling.shared.Visibility.PUBLIC);
    }

    private String id(String title) throws Exception {
        String json = mvc.perform(get("/api/v1/strategies").param("q", title)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> ids = JsonPath.read(json, "$.items[?(@.title == '" + title + "')].id");
        assertThat(ids).as(title).hasSize(1);
        return ids.get(0);
    }

    private Document page(String path) throws Exception {
        var result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
