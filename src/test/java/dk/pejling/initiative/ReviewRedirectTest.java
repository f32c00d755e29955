package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.pejling.IntegrationTest;
import dk.pejling.WebSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The review form's "back" field is followed only when it is a path of this application (no open redirect). */
@IntegrationTest
class ReviewRedirectTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RoundApi api;

    @Test
    void aRefusedReviewNeverRedirectsToAnotherSite() throws Exception {
        RoundApi.Setup setup = api.coordinator();
        String strategy = api.strategy(setup, "PUBLIC");
        String initiative = api.initiative(setup, strategy, "PUBLIC");
        String round = api.round(setup, strategy);
        String report = api.report(setup, initiative, round, "i-gang");
        MockHttpSession session = WebSessions.signIn(mvc, setup.coordinator().principal().username(), "a-long-test-password");
        String local = "/runder/" + round + "/indsatser/" + initiative;

        // Sending the report back without a comment is refused, and the browser is sent "back".
        for (String hostile : new String[] {"https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example"}) {
            String location = review(session, report, hostile);
            assertThat(location).as(hostile).isEqualTo("/");
        }
        assertThat(review(session, report, local)).isEqualTo(local);
    }

    private String review(MockHttpSession session, String report, String back) throws Exception {
        var response = mvc.perform(post("/statusrapporter/" + report + "/vurdering").session(session).with(csrf())
                .param("version", "0").param("decision", "return").param("back", back)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return response.getHeader("Location");
    }
}
