package dk.pejling.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.NotFoundException;
import dk.pejling.strategy.StrategyService;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The register import through the API: strategies, goal trees, indicators and initiatives, with the
 * dry run, row errors and all-or-nothing of the one import machinery, and an export that imports back
 * unchanged.
 */
@IntegrationTest
class RegisterImportApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    OrganisationService organisations;
    @Autowired
    StrategyService strategies;
    TestUsers.TestUser admin;
    String key;
    String owner;

    @BeforeEach
    void setUp() {
        admin = users.create(Role.ADMIN);
        key = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        Organisation org = organisations.all().get(0);
        owner = org.slug() != null ? org.slug() : org.id().value().toString();
    }

    private ResultActions upload(String kind, String csv, boolean dryRun, TestUsers.TestUser user) throws Exception {
        return mvc.perform(multipart("/api/v1/register-imports").file(new MockMultipartFile("file", kind + ".csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("kind", kind).param("dryRun", String.valueOf(dryRun))
                .header("Authorization", user.bearer()));
    }

    private String export(String kind, String strategy) throws Exception {
        return mvc.perform(get("/api/v1/register-imports/export").param("kind", kind).param("format", "csv")
                        .param("strategy", strategy).header("Authorization", admin.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Map<String, String> files(String k) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("strategies", "nøgle;titel;type;ejer;status;synlighed;fra;til;temaer;dokumenter\n"
                + k + ";Registerstrategi " + k + ";strategi;" + owner + ";vedtaget;offentlig;2020-01-01;2024-12-31;Tryghed | Bolig;"
                + "Strategien <https://example.org/" + k + ".pdf>|Handleplan 2021\n");
        files.putAll(goalsIndicatorsAndInitiatives(k));
        return files;
    }

    /** The files of {@link #files} with the relations, baselines, targets and partners the register also holds. */
    private Map<String, String> fullFiles(String k, String related) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("strategies", "nøgle;titel;type;ejer;status;synlighed;fra;til;temaer;dokumenter;relationer\n"
                + k + ";Registerstrategi " + k + ";strategi;" + owner + ";vedtaget;offentlig;2020-01-01;2024-12-31;Tryghed | Bolig;"
                + "Strategien <https://example.org/" + k + ".pdf>|Handleplan 2021;bygger-paa:" + related + "|del-af:" + related + "\n");
        files.putAll(goalsIndicatorsAndInitiatives(k));
        files.put("indicators", "nøgle;navn;enhed;retning;decimaler;mål;udgangspunkter;målsætninger\n"
                + k + "-tryghed;Andel trygge borgere;procent;hoejere-er-bedre;1;" + k + "/1.1;"
                + "\"62,5 dato:2019-12-31 population:\"\"Afd. 12\"\"|note:\"\"Arbejdet er begyndt\"\"\";"
                + "\"2024 at-least 68|2030 relative-change -5,1 streng mod:udgangspunkt tekst:\"\"Et fald på 5,1 %\"\""
                + "|2026 within-range 10,5 til:20 trin:\"\"1 år\"\"|2027 pp-change 2 mod:2017\"\n");
        files.put("initiatives", "strategi;nummer;overordnet;type;titel;mål;fra;til;partnere\n"
                + k + ";1.a;1;handling;Tryghedsvandringer;1.1;2021-01-01;2021-12-31;"
                + "\"" + owner + " rolle:\"\"Koordinerer vandringerne\"\" timer:1064,5\"\n"
                + k + ";1;;indsats;Trygge boligområder;1.1|1.2;;;\n");
        return files;
    }

    private Map<String, String> goalsIndicatorsAndInitiatives(String k) {
        Map<String, String> files = new LinkedHashMap<>();
        // children before their parents: the import creates the parents first
        files.put("goals", "strategi;nøgle;overordnet;type;titel;rækkefølge\n"
                + k + ";1.1;1;delmaal;Flere trygge borgere;1\n"
                + k + ";1;;hovedmaal;Et trygt Aalborg;1\n"
                + k + ";1.2;1;delmaal;Mindre kriminalitet;2\n");
        files.put("indicators", "nøgle;navn;enhed;retning;decimaler;mål\n"
                + k + "-tryghed;Andel trygge borgere;procent;hoejere-er-bedre;1;" + k + "/1.1\n");
        files.put("initiatives", "strategi;nummer;overordnet;type;titel;mål;fra;til\n"
                + k + ";1.a;1;handling;Tryghedsvandringer;1.1;2021-01-01;2021-12-31\n"
                + k + ";1;;indsats;Trygge boligområder;1.1|1.2;;\n");
        return files;
    }

    @Test
    void importedRegisterExportsAndAnExportImportedIntoAnEmptyRegisterExportsTheSame() throws Exception {
        for (var file : files(key).entrySet()) {
            upload(file.getKey(), file.getValue(), false, admin).andExpect(status().isOk())
                    .andExpect(jsonPath("$.applied").value(true)).andExpect(jsonPath("$.errorCount").value(0));
        }
        Map<String, String> first = new LinkedHashMap<>();
        for (String kind : files(key).keySet()) {
            first.put(kind, export(kind, key));
        }
        assertThat(first.get("goals")).contains(key + ";1;;hovedmaal;Et trygt Aalborg;;1;offentlig")
                .contains(key + ";1.1;1;delmaal;Flere trygge borgere;;1;offentlig");
        assertThat(first.get("strategies")).contains(";Bolig|Tryghed;")
                .contains(";Strategien <https://example.org/" + key + ".pdf>|Handleplan 2021");

        importsBackUnchangedAndIntoAnEmptyRegisterTheSame(first);
    }

    /**
     * The exports of {@code key}, per kind: they import back unchanged (every row is already there), and into an
     * empty register (a key no record has) the same files give the same export.
     */
    private void importsBackUnchangedAndIntoAnEmptyRegisterTheSame(Map<String, String> first) throws Exception {
        for (var file : first.entrySet()) {
            upload(file.getKey(), file.getValue(), false, admin).andExpect(status().isOk())
                    .andExpect(jsonPath("$.summary.added").value(0))
                    .andExpect(jsonPath("$.summary.unchanged").value(file.getValue().lines().count() - 1));
        }
        String other = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        for (var file : first.entrySet()) {
            upload(file.getKey(), file.getValue().replace(key, other), false, admin).andExpect(status().isOk())
                    .andExpect(jsonPath("$.errorCount").value(0));
        }
        for (var file : first.entrySet()) {
            assertThat(export(file.getKey(), other)).as(file.getKey()).isEqualTo(file.getValue().replace(key, other));
        }
    }

    @Test
    void relationsBaselinesTargetsAndPartnersGoThroughTheExportAndBackIntoAnEmptyRegisterByteForByte() throws Exception {
        String related = "rel-" + UUID.randomUUID().toString().substring(0, 8);
        upload("strategies", "nøgle;titel;type;ejer;status;synlighed\n" + related + ";Den strategi, der bygges på;plan;"
                + owner + ";vedtaget;offentlig\n", false, admin).andExpect(status().isOk());
        for (var file : fullFiles(key, related).entrySet()) {
            upload(file.getKey(), file.getValue(), false, admin).andExpect(status().isOk())
                    .andExpect(jsonPath("$.errorCount").value(0));
        }
        Map<String, String> first = new LinkedHashMap<>();
        for (String kind : fullFiles(key, related).keySet()) {
            first.put(kind, export(kind, key));
        }
        assertThat(first.get("strategies")).contains(";bygger-paa:" + related + "|del-af:" + related + "\r\n");
        assertThat(first.get("indicators"))
                .contains("\"62,5 dato:2019-12-31 population:\"\"Afd. 12\"\"|note:\"\"Arbejdet er begyndt\"\"\"")
                .contains("2030 relative-change -5,1 streng mod:udgangspunkt tekst:\"\"Et fald på 5,1 %\"\"")
                .contains("2026 within-range 10,5 til:20 trin:\"\"1 år\"\"|2027 pp-change 2 mod:2017");
        assertThat(first.get("initiatives")).contains(owner + " rolle:\"\"Koordinerer vandringerne\"\" timer:1064,5");

        importsBackUnchangedAndIntoAnEmptyRegisterTheSame(first);
    }

    @Test
    void aRelationMayNameAStrategyFurtherDownTheFile() throws Exception {
        upload("strategies", "nøgle;titel;type;ejer;status;synlighed;relationer\n"
                + key + ";Delstrategi;plan;" + owner + ";vedtaget;offentlig;del-af:" + key + "-hoved\n"
                + key + "-hoved;Hovedstrategi;strategi;" + owner + ";vedtaget;offentlig;\n", false, admin)
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.added").value(2));
        assertThat(export("strategies", key)).contains(";del-af:" + key + "-hoved\r\n");
    }

    @Test
    void anUnknownRelationAMalformedTargetOrAnUnknownPartnerIsARowErrorAndNothingIsWritten() throws Exception {
        upload("strategies", "nøgle;titel;type;ejer;status;synlighed;relationer\n"
                + key + ";Strategi;plan;" + owner + ";vedtaget;offentlig;del-af:" + key + "-b|del-af:ingen-strategi\n"
                + key + "-b;Anden strategi;plan;" + owner + ";vedtaget;offentlig;relateret-til:" + key + "\n"
                + key + "-c;Tredje strategi;plan;" + owner + ";vedtaget;offentlig;hoerer-til:" + key + "\n", false, admin)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("relationer"))
                .andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_REFERENCE"))
                .andExpect(jsonPath("$.errors[0].message").value("there is no strategy with the key \u201cingen-strategi\u201d"))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].code").value("RELATION_FORMAT"));
        assertThat(visible(key)).isFalse();
        assertThat(visible(key + "-b")).isFalse();

        upload("indicators", "nøgle;navn;enhed;retning;udgangspunkter;målsætninger\n"
                + key + "-a;Indikator;antal;lavere-er-bedre;62 dag:2019-12-31;2025 mindst 68\n"
                + key + "-b;Indikator;antal;lavere-er-bedre;\"\"\"62\";2025 at-most 6x8\n", false, admin)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errorCount").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("udgangspunkter"))
                .andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_LABEL"))
                .andExpect(jsonPath("$.errors[1].column").value("målsætninger"))
                .andExpect(jsonPath("$.errors[1].code").value("TARGET_FORMAT"))
                .andExpect(jsonPath("$.errors[2].row").value(3))
                .andExpect(jsonPath("$.errors[2].code").value("CELL_QUOTES"))
                .andExpect(jsonPath("$.errors[3].code").value("NOT_A_NUMBER"));
        upload("indicators", "nøgle;navn;enhed;retning\n" + key + "-a;Indikator;antal;lavere-er-bedre\n", true, admin)
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.added").value(1));

        upload("strategies", files(key).get("strategies"), false, admin).andExpect(status().isOk());
        upload("initiatives", "strategi;nummer;type;titel;partnere\n"
                + key + ";1;indsats;Med partnere;" + owner + "|ingen-organisation timer:12\n", false, admin)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errorCount").value(1))
                .andExpect(jsonPath("$.errors[0].column").value("partnere"))
                .andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_REFERENCE"));
        upload("initiatives", "strategi;nummer;type;titel\n" + key + ";1;indsats;Med partnere\n", true, admin)
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.added").value(1));
    }

    @Test
    void aDryRunChecksEverythingAndWritesNothing() throws Exception {
        upload("strategies", files(key).get("strategies"), true, admin).andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.summary.added").value(1))
                .andExpect(jsonPath("$.changes[0].key").value(key))
                .andExpect(jsonPath("$.changes[0].action").value("NEW"));
        assertThat(visible(key)).isFalse();
    }

    @Test
    void oneBadRowImportsNothingAndEveryErrorNamesRowColumnAndWhy() throws Exception {
        String csv = "nøgle;titel;type;ejer;status;synlighed;fra\n"
                + key + ";God strategi;strategi;" + owner + ";vedtaget;offentlig;2020-01-01\n"
                + key + "-b;;plan;ingen-organisation;vedtagt;offentlig;1. januar\n"
                + key + ";Dublet;plan;" + owner + ";vedtaget;offentlig;\n";
        upload("strategies", csv, false, admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.file").value("5 row(s) have errors; nothing was imported."))
                .andExpect(jsonPath("$.errors", hasSize(5)))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("titel"))
                .andExpect(jsonPath("$.errors[0].code").value("REQUIRED"))
                .andExpect(jsonPath("$.errors[1].column").value("ejer"))
                .andExpect(jsonPath("$.errors[1].code").value("UNKNOWN_REFERENCE"))
                .andExpect(jsonPath("$.errors[2].column").value("fra"))
                .andExpect(jsonPath("$.errors[2].code").value("NOT_A_DATE"))
                .andExpect(jsonPath("$.errors[3].column").value("status"))
                .andExpect(jsonPath("$.errors[3].code").value("NOT_ONE_OF"))
                .andExpect(jsonPath("$.errors[4].row").value(4))
                .andExpect(jsonPath("$.errors[4].code").value("DUPLICATE_KEY"));
        assertThat(visible(key)).isFalse();
    }

    @Test
    void anEditorMayNotRegisterForAnotherOrganisationAndAParentMustExist() throws Exception {
        TestUsers.TestUser editor = users.create(Role.EDITOR); // of no organisation, so of none that owns the strategy
        upload("strategies", files(key).get("strategies"), true, editor).andExpect(status().isOk())
                .andExpect(jsonPath("$.errorCount").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].code").value("NOT_ALLOWED"));
        upload("strategies", files(key).get("strategies"), false, admin).andExpect(status().isOk());
        upload("goals", "strategi;nøgle;overordnet;type;titel\n" + key + ";2.1;2;delmaal;Uden forælder\n", false, admin)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].column").value("overordnet"))
                .andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_REFERENCE"));
    }

    @Test
    void aFileOverTheLimitOrWithAMissingColumnIsAFieldErrorOnTheFile() throws Exception {
        upload("goals", "strategi;titel\nx;y\n", true, admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.file").value(org.hamcrest.Matchers.containsString("nøgle")));
        mvc.perform(multipart("/api/v1/register-imports").file(new MockMultipartFile("file", "x.csv", "text/csv",
                        new byte[11 * 1024 * 1024])).param("kind", "goals").header("Authorization", admin.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.file").value(org.hamcrest.Matchers.containsString("at most 10 MB")));
        upload("nothing", "a;b\n", true, admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.kind").exists());
    }

    @Test
    void templatesOfEveryKindReadBackAsAnEmptyFile() throws Exception {
        for (String kind : new String[]{"strategies", "goals", "indicators", "initiatives"}) {
            for (String format : new String[]{"csv", "xlsx"}) {
                byte[] template = mvc.perform(get("/api/v1/register-imports/template").param("kind", kind).param("format", format))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                mvc.perform(multipart("/api/v1/register-imports").file(new MockMultipartFile("file", kind + "." + format,
                                "application/octet-stream", template)).param("kind", kind).param("dryRun", "true")
                                .header("Authorization", admin.bearer()))
                        .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(0))
                        .andExpect(jsonPath("$.emptyRows").value(1));
            }
        }
    }

    @Test
    void theWorkbookTemplateExplainsTheOneCellSyntaxOnAGuideSheetTheImportSkips() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/register-imports/template").param("kind", "indicators").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                     new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(template))) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName).containsExactly("indikatorer", "Vejledning");
            String guide = sheets.get(1).read().stream().flatMap(org.dhatim.fastexcel.reader.Row::stream)
                    .map(c -> c == null ? "" : c.getText()).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(guide).contains("del-af:tryg-aalborg").contains("2024 at-least 68");
        }
    }

    private boolean visible(String slug) {
        try {
            strategies.getBySlug(slug, dk.pejling.shared.Viewer.anonymous());
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
