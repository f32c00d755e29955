package dk.pejling;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the real login form, as a browser does, and reads pages as documents. */
public final class WebSessions {

    /** A demo account (see the README); an editor. */
    public static final String DEMO_EDITOR = "redaktoer";
    public static final String DEMO_PASSWORD = "pejling-demo-2026";

    private WebSessions() {
    }

    public static MockHttpSession signIn(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andReturn();
        // the start page, or "Mine opgaver" for a user with open reporting tasks
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getRedirectedUrl()).isIn("/", "/mine-opgaver");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    public static MockHttpSession signInAsDemoEditor(MockMvc mvc) throws Exception {
        return signIn(mvc, DEMO_EDITOR, DEMO_PASSWORD);
    }

    public static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
