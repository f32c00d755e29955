package dk.pejling.register;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.PejlingPrincipal;
import dk.pejling.access.Role;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The register import page, built from the import fragments it shares with the measurement import: row errors in the page's language. */
@IntegrationTest
class RegisterImportPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    PejlingPrincipal admin;
    String key;

    @BeforeEach
    void setUp() {
        admin = users.create(Role.ADMIN).principal();
        key = "side-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Authentication as(PejlingPrincipal principal) {
        return new UsernamePasswordAuthenticationToken(principal, null,
                principal.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
    }

    private ResultActions post(String kind, String csv, String lang) throws Exception {
        return mvc.perform(multipart("/register/import").file(new MockMultipartFile("file", kind + ".csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("kind", kind).param("lang", lang)
                .with(authentication(as(admin))).with(csrf()));
    }

    @Test
    void thePageLabelsTheFileFieldAndExplainsTheOneCellSyntax() throws Exception {
        mvc.perform(get("/register/import").with(authentication(as(admin)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<label class=\"form-label\" for=\"file\">Fil</label>")))
                .andExpect(content().string(containsString("aria-describedby=\"file-hint\"")))
                .andExpect(content().string(containsString("del-af:tryg-aalborg")));
    }

    @Test
    void aMalformedTargetIsARowErrorNamingRowColumnAndWhyInThePagesLanguage() throws Exception {
        String csv = "nøgle;navn;enhed;retning;målsætninger\n" + key + ";Indikator;antal;lavere-er-bedre;2025 mindst 68\n";
        post("indicators", csv, "da").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("<td>2</td>")))
                .andExpect(content().string(containsString("<td>målsætninger</td>")))
                .andExpect(content().string(containsString("er ikke en målsætning")));
        post("indicators", csv, "en").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is not a target")));
    }
}
