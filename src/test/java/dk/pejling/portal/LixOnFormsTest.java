package dk.pejling.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.WebSessions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Editors see the LIX readability of the texts the portal publishes, and a warning above 40; saving is never blocked. */
@IntegrationTest
class LixOnFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void theStrategyFormShowsTheSummarysLixAndWarnsWhenItIsHard() throws Exception {
        PortalFixture fixture = new PortalFixture(mvc, users).build();
        var admin = users.create(dk.pejling.access.Role.ADMIN);
        var session = WebSessions.signIn(mvc, admin.principal().username(), "a-long-test-password");
        String form = mvc.perform(get("/strategier/" + fixture.strategy + "/rediger").session(session)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        // "Formålet er, at borgerne føler sig trygge. Tovholder er Kanarie Hansen." : 12 words, 2 sentences, 4 long
        assertThat(form).contains("id=\"summary-lix\"").contains("aria-describedby=\"summary-lix\"")
                .contains("LIX-tal " + dk.pejling.shared.Lix.score("Formålet er, at borgerne føler sig trygge. Tovholder er Kanarie Hansen."));

        String created = fixture.call("POST", "/api/v1/strategies", """
                {"title": "Svær %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC",
                 "summary": "Kommunalbestyrelsen vedtager beskæftigelsesstrategien."}""".formatted(fixture.tag, fixture.politi));
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        String hardForm = mvc.perform(get("/strategier/" + id + "/rediger").session(session)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(hardForm).contains("pejling-lix-hard").contains("teksten kan være svær at læse");
    }
}
