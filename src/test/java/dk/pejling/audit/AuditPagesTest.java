package dk.pejling.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.WebSessions;
import dk.pejling.access.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The administrators' audit page: filters, entries, the link in the layout, and nobody else gets in. */
@IntegrationTest
class AuditPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void anAdministratorSeesTheLogAndTheLinkToIt() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        MockHttpSession session = WebSessions.signIn(mvc, admin.principal().username(), "a-long-test-password");

        Document page = WebSessions.page(mvc.perform(get("/admin/audit").param("user", admin.principal().username())
                .session(session)).andExpect(status().isOk()).andReturn());
        assertThat(page.select("a[href=/admin/audit]")).isNotEmpty();
        assertThat(page.select("table tbody tr").text()).contains(admin.principal().username(), "Logget ind");

        Document english = WebSessions.page(mvc.perform(get("/admin/audit").param("lang", "en").session(session))
                .andExpect(status().isOk()).andReturn());
        assertThat(english.select("h1").text()).isEqualTo("Audit log");

        Document bad = WebSessions.page(mvc.perform(get("/admin/audit").param("from", "i går").session(session))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(bad.select("#from-error").text()).contains("dato");

        String csv = mvc.perform(get("/admin/audit/export").param("user", admin.principal().username()).session(session))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("LOGIN");
    }

    @Test
    void othersAreRefusedAndTheAnonymousAskedToSignIn() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        MockHttpSession editor = WebSessions.signInAsDemoEditor(mvc);
        Document page = WebSessions.page(mvc.perform(get("/admin/audit").session(editor))
                .andExpect(status().isForbidden()).andReturn());
        assertThat(page.select("a[href=/admin/audit]")).isEmpty();
        mvc.perform(get("/admin/audit/export").session(editor)).andExpect(status().isForbidden());
    }
}
