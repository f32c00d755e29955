package dk.pejling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.PejlingPrincipal;
import dk.pejling.access.Role;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The import page: upload, dry run with inline errors, confirm with the fingerprint, in Danish and English. */
@IntegrationTest
class MeasurementImportPageTest {

    private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]{64})\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    IndicatorService indicators;
    @Autowired
    MeasurementService measurements;
    PejlingPrincipal editor;
    Viewer editorViewer;
    String key;
    Indicator indicator;

    @BeforeEach
    void setUp() {
        editor = users.create(Role.EDITOR).principal();
        editorViewer = users.viewerOf(editor);
        key = "side-test-" + UUID.randomUUID().toString().substring(0, 8);
        indicator = indicators.create(new IndicatorDetails("Sidetest", null, Unit.COUNT, 0, Direction.HIGHER_IS_BETTER,
                Frequency.YEAR, null, null, null, null, Visibility.INTERNAL, List.of(), List.of(), List.of()), key, editorViewer);
    }

    private static Authentication as(PejlingPrincipal principal) {
        return new UsernamePasswordAuthenticationToken(principal, null,
                principal.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
    }

    private ResultActions post(String csv, String fingerprint, boolean htmx, String lang) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/maalinger/import")
                .file(new MockMultipartFile("file", "maalinger.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(authentication(as(editor))).with(csrf());
        if (fingerprint != null) {
            request.param("fingerprint", fingerprint);
        }
        if (htmx) {
            request.header("HX-Request", "true");
        }
        if (lang != null) {
            request.param("lang", lang);
        }
        return mvc.perform(request);
    }

    private List<Measurement> current() {
        return measurements.list(indicator.id(), false, editorViewer);
    }

    @Test
    void onlyEditorsReachThePage() throws Exception {
        mvc.perform(get("/maalinger/import")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/maalinger/import").with(authentication(as(users.create(Role.READER).principal()))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/maalinger/import").with(authentication(as(users.create(Role.READER).principal()))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/maalinger/import").with(authentication(as(editor))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Importér målinger</h1>")))
                .andExpect(content().string(containsString("hx-post=\"/maalinger/import\"")))
                .andExpect(content().string(containsString("hx-encoding=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("<progress id=\"import-progress-bar\" max=\"100\">")))
                .andExpect(content().string(containsString("data-max-bytes=\"10485760\"")))
                .andExpect(content().string(containsString("/js/import.js")))
                .andExpect(content().string(containsString("href=\"/maalinger/skabelon?format=xlsx\"")))
                .andExpect(content().string(containsString("href=\"/maalinger/eksport?format=csv\"")));
    }

    @Test
    void dryRunThenConfirmImportsTheCheckedFile() throws Exception {
        String csv = "indikator;periode;værdi\n" + key + ";2018;1.774\n" + key + ";2019;1.800\n";
        String fragment = post(csv, null, true, null)
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Kontrol af maalinger.csv")))
                .andExpect(content().string(containsString("Importér 2 ændringer")))
                .andExpect(content().string(containsString("<td>Ny</td>")))
                .andExpect(content().string(containsString("1.774")))
                .andReturn().getResponse().getContentAsString();
        assertThat(current()).isEmpty();
        Matcher m = FINGERPRINT.matcher(fragment);
        assertThat(m.find()).isTrue();

        post(csv, m.group(1), true, null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Målingerne er importeret")))
                .andExpect(content().string(containsString("Nye værdier: 2. Rettelser: 0. Uændrede værdier: 0.")));
        assertThat(current()).extracting(Measurement::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1774"), new BigDecimal("1800"));
    }

    @Test
    void aConfirmationOfAnOutdatedCheckWritesNothing() throws Exception {
        String csv = "indikator;periode;værdi\n" + key + ";2018;10\n";
        String fragment = post(csv, null, true, null).andReturn().getResponse().getContentAsString();
        Matcher m = FINGERPRINT.matcher(fragment);
        assertThat(m.find()).isTrue();
        measurements.add(indicator.id(), new MeasurementInput(MeasurementPeriod.of("2018"), null, BigDecimal.ONE, null, null,
                null, null, null, null, null), editorViewer);

        post(csv, m.group(1), true, null)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("er ændret siden kontrollen")))
                .andExpect(content().string(containsString("<td>Rettelse</td>")));
        assertThat(current()).singleElement().satisfies(v -> assertThat(v.value()).isEqualByComparingTo("1"));

        post("indikator;periode;værdi\n" + key + ";2018;11\n", m.group(1), true, null).andExpect(status().isConflict());
        assertThat(current()).singleElement().satisfies(v -> assertThat(v.value()).isEqualByComparingTo("1"));
    }

    @Test
    void rowErrorsAreListedInDanishAndNothingCanBeConfirmed() throws Exception {
        post("indikator;periode;værdi\n" + key + ";2018;tolv\nukendt-indikator;2018;1\n" + key + ";2019-K1;2\n", null, true, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Filen har 3 fejl")))
                .andExpect(content().string(containsString("»tolv« er ikke et tal")))
                .andExpect(content().string(containsString("der findes ingen indikator med nøglen eller id&#39;et »ukendt-indikator«")))
                .andExpect(content().string(containsString("2019-K1 er hyppigere end indikatoren, som måles pr. år")))
                .andExpect(content().string(not(containsString("name=\"fingerprint\""))));
        assertThat(current()).isEmpty();
    }

    @Test
    void rowErrorsInEnglish() throws Exception {
        post("indikator;periode;værdi\n" + key + ";2018;5.7\n", null, true, "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The file has 1 error<")))
                .andExpect(content().string(containsString("“5.7” is not a number in a file separated by semicolons")));
    }

    @Test
    void aBadFileIsAnInlineErrorOnTheFileField() throws Exception {
        post("", null, false, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<h1>Importér målinger</h1>")))
                .andExpect(content().string(containsString("class=\"form-group form-error\" id=\"file-group\"")))
                .andExpect(content().string(containsString("id=\"file-error\">Filen er tom.</span>")))
                .andExpect(content().string(containsString("aria-describedby=\"file-hint file-error\"")))
                .andExpect(content().string(containsString("id=\"error-summary\"")));
        post("indikator;periode\n", null, true, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("Første række mangler kolonnen eller kolonnerne “værdi”")));
    }

    @Test
    void webExportFollowsTheSession() throws Exception {
        measurements.add(indicator.id(), new MeasurementInput(MeasurementPeriod.of("2018"), null, BigDecimal.TEN, null, null,
                null, null, null, null, null), editorViewer);
        assertThat(mvc.perform(get("/maalinger/eksport").with(authentication(as(editor))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(key + ";Sidetest;2018;;10;");
        assertThat(mvc.perform(get("/maalinger/eksport")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("uddannelseshjaelp-modtagere").doesNotContain(key);
        mvc.perform(get("/maalinger/skabelon").param("format", "csv").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("indicator,indicator_name,period,step,value")));
    }
}
