package dk.pejling.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;

/** Open data, the catalogue, feeds, embeds and caching of the portal, on the fixture's public strategy. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalOpenDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    PortalFixture fixture;

    @BeforeAll
    void fixture() throws Exception {
        fixture = new PortalFixture(mvc, users).build();
    }

    private MvcResult fetch(String url) throws Exception {
        return mvc.perform(get(url)).andReturn();
    }

    private static byte[] bytes(MvcResult r) {
        return r.getResponse().getContentAsByteArray();
    }

    @Test
    void theStrategysDataComeAsCsvAsDanishExcelCsvAndAsJsonAtStableUrls() throws Exception {
        String base = "/data/strategier/" + fixture.strategyKey;
        MvcResult csv = fetch(base + "/data.csv");
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv").contains("UTF-8");
        String standard = new String(bytes(csv), StandardCharsets.UTF_8);
        assertThat(standard).startsWith("type,strategi,maal_id,").doesNotStartWith("\uFEFF")
                .contains("maaling,Portalstrategi " + fixture.tag + "," + fixture.goal + ",A,Flere trygge borgere " + fixture.tag
                        + "," + fixture.indicator + ",Andel trygge " + fixture.tag + ",PERCENT,2024,65.5,60.5,70.5,400,Borgerpanel")
                .contains("indsatsstatus,").contains("I gang");

        byte[] excel = bytes(fetch(base + "/data-excel.csv"));
        assertThat(excel[0]).as("UTF-8 byte order mark").isEqualTo((byte) 0xEF);
        assertThat(excel[1]).isEqualTo((byte) 0xBB);
        assertThat(excel[2]).isEqualTo((byte) 0xBF);
        String danish = new String(excel, StandardCharsets.UTF_8).substring(1);
        assertThat(danish).startsWith("type;strategi;maal_id;").contains(";2024;65,5;60,5;70,5;400;Borgerpanel");

        MvcResult json = fetch(base + "/data.json");
        assertThat(json.getResponse().getContentType()).startsWith("application/json");
        String text = new String(bytes(json), StandardCharsets.UTF_8);
        assertThat(text).contains("\"key\":\"" + fixture.strategyKey + "\"").contains("\"licence\"")
                .contains("Vilkår for brug af danske offentlige data").doesNotContain("<svg");
        assertThat(fetch("/data/strategier/" + fixture.strategy + "/data.csv").getResponse().getStatus())
                .as("the id works as well as the key").isEqualTo(200);
    }

    @Test
    void theCatalogueHasNoViolationOfTheDcatApDkShapesInTurtleOrJsonLd() throws Exception {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("dcat/dcat-ap-dk_2.0.2_shacl_shapes.ttl"));
        Model turtle = ModelFactory.createDefaultModel();
        RDFDataMgr.read(turtle, new ByteArrayInputStream(bytes(fetch("/data/catalog.ttl"))), Lang.TURTLE);
        Model jsonLd = ModelFactory.createDefaultModel();
        MvcResult ld = fetch("/data/catalog.jsonld");
        assertThat(ld.getResponse().getContentType()).startsWith("application/ld+json");
        RDFDataMgr.read(jsonLd, new ByteArrayInputStream(bytes(ld)), Lang.JSONLD);

        for (Model model : new Model[] {turtle, jsonLd}) {
            ValidationReport report = ShaclValidator.get().validate(shapes, model.getGraph());
            StringBuilder problems = new StringBuilder();
            report.getEntries().forEach(e -> problems.append(e).append('\n'));
            assertThat(report.getEntries()).as(problems.toString()).isEmpty();
            assertThat(report.conforms()).isTrue();
        }
        assertThat(turtle.isIsomorphicWith(jsonLd)).as("both files say the same").isTrue();
        String dataset = "http://localhost:8080/data/strategier/" + fixture.strategyKey;
        assertThat(turtle.containsResource(turtle.createResource(dataset))).isTrue();
        assertThat(turtle.containsResource(turtle.createResource("http://localhost:8080/data/strategier/" + fixture.internalStrategy)))
                .isFalse();
    }

    @Test
    void aStrategyAndAGoalHaveAtomFeeds() throws Exception {
        MvcResult feed = fetch("/portal/strategier/" + fixture.strategyKey + "/feed.atom");
        assertThat(feed.getResponse().getContentType()).startsWith("application/atom+xml");
        Document atom = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(bytes(feed)));
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        String text = new String(bytes(feed), StandardCharsets.UTF_8);
        assertThat(text).contains("Statusrunde godkendt: Status pr. 1. marts 2025").contains("Ny måling: Andel trygge " + fixture.tag + " 2024")
                .doesNotContain("september 2025");
        String goal = new String(bytes(fetch("/portal/maal/" + fixture.goal + "/feed.atom")), StandardCharsets.UTF_8);
        assertThat(goal).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("Vurdering ");
        assertThat(new String(bytes(fetch("/portal/strategier/" + fixture.strategyKey)), StandardCharsets.UTF_8))
                .contains("/portal/strategier/" + fixture.strategyKey + "/feed.atom");
    }

    @Test
    void embedsMayBeFramedOnlyFromTheConfiguredAncestorsAndOtherPagesNever() throws Exception {
        MvcResult card = fetch("/portal/embed/maal/" + fixture.goal);
        assertThat(card.getResponse().getStatus()).isEqualTo(200);
        assertThat(card.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'self'")
                .contains("default-src 'none'");
        assertThat(card.getResponse().getHeader("X-Frame-Options")).isNull();
        String html = new String(bytes(card), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script").contains("Flere trygge borgere " + fixture.tag);
        assertThat(bytes(card).length).as("a card is small").isLessThan(50_000);

        MvcResult page = fetch("/portal/maal/" + fixture.goal);
        assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void portalPagesCarryAnEtagAndLastModifiedAndAnswer304WhileUnchanged() throws Exception {
        String url = "/portal/strategier/" + fixture.strategyKey;
        MvcResult first = fetch(url);
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getResponse().getHeader("Last-Modified")).isNotBlank();
        assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
        MvcResult again = mvc.perform(get(url).header("If-None-Match", etag)).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(304);
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();

        String indicator = "/portal/indikatorer/" + fixture.indicator;
        String before = fetch(indicator).getResponse().getHeader("ETag");
        assertThat(mvc.perform(get(indicator).header("If-None-Match", before)).andReturn().getResponse().getStatus()).isEqualTo(304);
        fixture.call("POST", "/api/v1/indicators/" + fixture.indicator + "/measurements", "{\"period\": \"2026\", \"value\": 71.2}");
        MvcResult changed = mvc.perform(get(indicator).header("If-None-Match", before)).andReturn();
        assertThat(changed.getResponse().getStatus()).as("a new value changes the indicator's page").isEqualTo(200);
        assertThat(changed.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("71,2");
    }

    @Test
    void badFiltersAreRefusedWith400AndEnglishIsOneParameterAway() throws Exception {
        assertThat(fetch("/portal?status=nonsense").getResponse().getStatus()).isEqualTo(400);
        assertThat(fetch("/portal?year=abc").getResponse().getStatus()).isEqualTo(400);
        assertThat(fetch("/portal?organisation=not-an-id").getResponse().getStatus()).isEqualTo(400);
        String english = new String(bytes(fetch("/portal?lang=en")), StandardCharsets.UTF_8);
        assertThat(english).contains("<html lang=\"en\"").contains("Strategies, goals and results");
        String filtered = new String(bytes(mvc.perform(get("/portal").param("theme", "Tryghed " + fixture.tag)).andReturn()),
                StandardCharsets.UTF_8);
        assertThat(filtered).contains("Portalstrategi " + fixture.tag).contains("1 strategier");
        assertThat(new String(bytes(fetch("/portal/tilgaengelighed")), StandardCharsets.UTF_8))
                .contains("Tilgængelighedserklæring").contains("WCAG 2.1");
    }
}
