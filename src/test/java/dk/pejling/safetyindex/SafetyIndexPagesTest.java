package dk.pejling.safetyindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The comparison, area and method pages, Danish first and English, with SYNTETISK and the reasons of hidden cells. */
@IntegrationTest
class SafetyIndexPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    SafetyIndexService service;
    @Autowired
    dk.pejling.safetyindex.store.SurveyStore surveys;

    private String page(String path, String lang) throws Exception {
        var request = get(path);
        if (lang != null) {
            request.param("lang", lang);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void showsTheComparisonTheAreaWithItsHiddenCellsAndTheMethodInPlainWords() throws Exception {
        Viewer editor = users.viewerOf(users.create(Role.EDITOR).principal());
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String big = "p" + tag + "-stor";
        String small = "p" + tag + "-lille";
        service.saveAreas(List.of(new Area(big, "Storby " + tag, Area.Kind.AFDELING, null),
                new Area(small, "Lilleby " + tag, Area.Kind.AFDELING, null)), editor);
        String version = "7." + Math.abs(tag.hashCode() % 10000) + ".0";
        service.saveMethod(SafetyFixtures.methodText().replace("version: 1.0.0", "version: " + version), true, editor);
        Period y = Period.of("2021");
        List<IndexInputs.Respondent> answers = new ArrayList<>(SafetyFixtures.respondents(big, y, 300, 250, 1));
        answers.addAll(SafetyFixtures.respondents(small, y, 30, 20, 2));
        SurveyWave wave = new SurveyWave(UUID.randomUUID(), "Sidetest " + tag, "Test", y, null, null, 700, 330, null,
                SafetyFixtures.ITEMS, true, "SYNTETISK", java.time.Instant.now());
        surveys.insertWave(wave);
        surveys.insertRespondents(wave.id(), answers);
        service.compute(version, y, editor);

        String compare = page("/tryghed?method=" + version + "&period=2021&kind=AFDELING", null);
        assertThat(compare).contains("Tryghedsindeks").contains("Storby " + tag).contains("Lilleby " + tag)
                .contains("SYNTETISK").contains("95 %-interval");
        String area = page("/tryghed/omraader/" + small + "?method=" + version, null);
        assertThat(area).contains("For få svar (n = 30 &lt; 50)").contains("Intet indeks");
        String bigArea = page("/tryghed/omraader/" + big + "?method=" + version, "en");
        assertThat(bigArea).contains("Oplevet tryghed").contains("95 % interval").contains("SYNTETISK");
        String method = page("/tryghed/metode?version=" + version, null);
        assertThat(method).contains("Sådan beregnes tryghedsindekset").contains("2.000").contains("50 giver 0 point og 100 giver 100 point");
        assertThat(page("/tryghed/metode?version=" + version, "en")).contains("How the safety index is computed");
    }

    @Test
    void anUnknownAreaKindInTheAddressIsABadRequestNotAServerError() throws Exception {
        mvc.perform(get("/tryghed").param("kind", "NOPE")).andExpect(status().isBadRequest());
    }

    /**
     * An editor creates a method version on the method page: a document whose weights do not sum to 1 is
     * shown again with a Danish error beside it (400) and nothing is saved; a good one is saved and shown.
     */
    @Test
    void anEditorCreatesAMethodVersionOnTheMethodPageAndBadWeightsAreAnInlineError() throws Exception {
        var editor = users.create(Role.EDITOR);
        var session = dk.pejling.WebSessions.signIn(mvc, editor.principal().username(), "a-long-test-password");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String version = "6." + Math.abs(tag.hashCode() % 10000) + ".0";
        String good = SafetyFixtures.methodText().replace("version: 1.0.0", "version: " + version);
        String bad = good.replace("{key: oplevet, name: Oplevet tryghed, weight: 0.4}", "{key: oplevet, name: Oplevet tryghed, weight: 0.9}");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        assertThat(mvc.perform(get("/tryghed/metode").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Ny metodeversion").contains("name=\"document\"");
        String refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/tryghed/metode")
                        .session(session).with(csrf).param("document", bad).param("publicIndex", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("form-error-message").contains("vægtene skal give 1 tilsammen; de giver 1,5").contains("weight: 0.9");
        assertThat(service.methods(Viewer.anonymous())).noneMatch(m -> m.version().equals(version));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/tryghed/metode")
                        .session(session).with(csrf).param("document", good).param("publicIndex", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(service.method(version, Viewer.anonymous()).publicIndex()).isTrue();
        assertThat(page("/tryghed/metode?version=" + version, null)).contains(version).doesNotContain("name=\"document\"");
    }
}
