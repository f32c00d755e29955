package dk.pejling.safetyindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.WebSessions;
import dk.pejling.access.Role;
import dk.pejling.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The safety index on the portal, tested the way a leak would happen: an internal method version with a
 * canary title computed over the same areas, a respondent with a canary weight, and an area with too few
 * answers whose hidden share is known — none of it may reach the portal's comparison or area pages, for
 * the public or a signed-in administrator; the public parts (intervals as bands, reasons, SYNTETISK,
 * sources) are there.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalSafetyIndexTest {

    private static final double CANARY_WEIGHT = 1.23456789;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    SafetyIndexService service;
    @Autowired
    dk.pejling.safetyindex.store.SurveyStore surveys;

    String tag;
    String big;
    String small;
    String publicVersion;
    String internalVersion;
    String hiddenShare;
    List<String> canaries;
    MockHttpSession admin;

    @BeforeAll
    void twoAreasTwoMethodsOneHiddenValue() throws Exception {
        TestUsers.TestUser editorUser = users.create(Role.EDITOR);
        Viewer editor = users.viewerOf(editorUser.principal());
        tag = UUID.randomUUID().toString().substring(0, 6);
        big = "q" + tag + "-stor";
        small = "q" + tag + "-lille";
        service.saveAreas(List.of(new Area(big, "Portalby " + tag, Area.Kind.AFDELING, null),
                new Area(small, "Portallille " + tag, Area.Kind.AFDELING, null)), editor);
        int n = Math.abs(tag.hashCode() % 10000);
        publicVersion = "6." + n + ".0";
        internalVersion = "6." + n + ".1";
        service.saveMethod(SafetyFixtures.methodText().replace("version: 1.0.0", "version: " + publicVersion), true, editor);
        service.saveMethod(SafetyFixtures.methodText().replace("version: 1.0.0", "version: " + internalVersion)
                .replaceFirst("title: .*", "title: KANARIEMETODE" + tag), false, editor);
        Period y = Period.of("2021");
        List<IndexInputs.Respondent> answers = new ArrayList<>(SafetyFixtures.respondents(big, y, 300, 250, 1));
        answers.set(0, new IndexInputs.Respondent(big, y, CANARY_WEIGHT, new int[] {2, 1, 1}));
        answers.addAll(SafetyFixtures.respondents(small, y, 30, 19, 2));
        SurveyWave wave = new SurveyWave(UUID.randomUUID(), "Portaltest " + tag, "Test", y, null, null, 700, 330, null,
                SafetyFixtures.ITEMS, true, "SYNTETISK", java.time.Instant.now());
        surveys.insertWave(wave);
        surveys.insertRespondents(wave.id(), answers);
        importCrimeAndPopulation(editorUser, big, small);
        service.compute(publicVersion, y, editor);
        service.compute(internalVersion, y, editor);

        StoredValue hidden = service.values(small, y, publicVersion, editor).get(0);
        assertThat(hidden.value()).as("the small area has no index").isNull();
        StoredValue.IndicatorCell share = hidden.indicators().stream().filter(c -> c.suppressed() != null && c.value() != null)
                .findFirst().orElseThrow();
        hiddenShare = String.format(Locale.forLanguageTag("da"), "%.1f", share.value());
        canaries = List.of("KANARIEMETODE" + tag, "value=\"" + internalVersion, ">" + internalVersion, "1,23456", "1.23456");
        admin = WebSessions.signIn(mvc, users.create(Role.ADMIN).principal().username(), "a-long-test-password");
    }

    /** Residents and four quarters of reports for each area, through the import API (kept apart from the answers). */
    private void importCrimeAndPopulation(TestUsers.TestUser editor, String... areas) throws Exception {
        StringBuilder population = new StringBuilder("OMRÅDE;TID;INDHOLD;KILDE\n");
        StringBuilder crime = new StringBuilder("OMRÅDE;OVERTRÆD;TID;INDHOLD\n");
        for (String area : areas) {
            population.append(area).append(";2021;4000;SYNTETISK testdata\n");
            for (int q = 1; q <= 4; q++) {
                crime.append(area).append(";Voldsforbrydelser;2021K").append(q).append(";10\n");
            }
        }
        for (String[] file : new String[][] {{"population", population.toString()}, {"crime", crime.toString()}}) {
            var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/safety-index/imports")
                    .file(new org.springframework.mock.web.MockMultipartFile("file", file[0] + ".csv", "text/csv",
                            file[1].getBytes(StandardCharsets.UTF_8)))
                    .param("kind", file[0]).param("dryRun", "false").header("Authorization", editor.bearer());
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(file[0]).isEqualTo(200);
        }
    }

    private String page(String url, MockHttpSession session) throws Exception {
        var request = get(url);
        if (session != null) {
            request.session(session);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void noInternalMethodRespondentOrHiddenValueReachesThePortal() throws Exception {
        List<String> urls = List.of("/portal/tryghed?method=" + publicVersion + "&period=2021&kind=AFDELING",
                "/portal/tryghed?method=" + internalVersion + "&period=2021&kind=AFDELING",
                "/portal/tryghed/omraader/" + big, "/portal/tryghed/omraader/" + small,
                "/portal/tryghed/omraader/" + small + "?lang=en");
        for (MockHttpSession who : java.util.Arrays.asList(null, admin)) {
            for (String url : urls) {
                String text = page(url, who);
                for (String canary : canaries) {
                    assertThat(text).as(url + (who == null ? "" : " (administrator)") + " holds no " + canary).doesNotContain(canary);
                }
                if (url.contains(small)) {
                    assertThat(text).as(url + ": the hidden share").doesNotContain(">" + hiddenShare + "<");
                }
            }
        }
    }

    @Autowired
    dk.pejling.indicator.IndicatorService indicators;
    @Autowired
    dk.pejling.strategy.GoalService goals;

    @Test
    void theStrategyWhoseGoalTheIndexFeedsShowsTheFedAreasWithTheirIntervals() throws Exception {
        Viewer anyone = Viewer.anonymous();
        var indicator = indicators.findByKey("politiets-tryghedsindeks", anyone).orElseThrow();
        var goal = goals.get(new dk.pejling.strategy.GoalId(indicator.goals().get(0).goalId()), anyone);
        String page = page("/portal/strategier/" + goal.strategyId().value(), null);
        assertThat(page).contains("Tryghedsindeks for områderne").contains("SYNTETISK").contains("href=\"/portal/tryghed\"")
                .contains("Se alle områder med usikkerhed og kilder").containsPattern("\\d+,\\d \\(\\d+,\\d–\\d+,\\d\\)");
    }

    @Test
    void theComparisonShowsIntervalsAsBandsHiddenValuesWithTheirReasonSyntheticAndSources() throws Exception {
        String compare = page("/portal/tryghed?method=" + publicVersion + "&period=2021&kind=AFDELING", null);
        assertThat(compare).contains("Portalby " + tag).contains("Portallille " + tag).contains("class=\"pejling-band\"")
                .contains("SYNTETISK").contains("For få svar").contains("Kilder og metode").contains("95 %-interval");

        String smallPage = page("/portal/tryghed/omraader/" + small, null);
        assertThat(smallPage).contains("For få svar (n = 30 &lt; 50)").doesNotContain("class=\"pejling-band\"");
        String bigPage = page("/portal/tryghed/omraader/" + big + "?lang=en", null);
        assertThat(bigPage).contains("class=\"pejling-band\"").contains("SYNTETISK").contains("95 % interval");
    }
}
