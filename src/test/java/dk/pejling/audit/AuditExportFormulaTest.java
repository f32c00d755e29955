package dk.pejling.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.WebSessions;
import dk.pejling.access.Role;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A user name typed at the login that a spreadsheet would run as a formula reaches both audit exports as text. */
@IntegrationTest
class AuditExportFormulaTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void bothAuditExportsNeutraliseFormulasTypedAsAUserName() throws Exception {
        String formula = "=cmd|' /C calc'!A1 " + UUID.randomUUID();
        mvc.perform(post("/login").with(csrf()).param("username", formula).param("password", "wrong-password"));
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        MockHttpSession session = WebSessions.signIn(mvc, admin.principal().username(), "a-long-test-password");

        String api = mvc.perform(get("/api/v1/audit").param("format", "csv").header("Authorization", admin.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String page = mvc.perform(get("/admin/audit/export").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String csv : List.of(api, page)) {
            List<String> cells = cells(csv);
            assertThat(cells).anyMatch(c -> c.contains(formula));
            assertThat(cells).noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
        }
    }

    private static List<String> cells(String csv) throws Exception {
        List<String> cells = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(csv))) {
            record.forEach(cells::add);
        }
        return cells;
    }
}
