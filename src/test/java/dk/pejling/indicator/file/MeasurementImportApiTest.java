package dk.pejling.indicator.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.indicator.Direction;
import dk.pejling.indicator.Frequency;
import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorDetails;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.Measurement;
import dk.pejling.indicator.MeasurementInput;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.MeasurementService;
import dk.pejling.indicator.TargetKind;
import dk.pejling.indicator.TargetSpec;
import dk.pejling.indicator.Unit;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.shared.tabular.ImportFile;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class MeasurementImportApiTest {

    static final String INTERNAL_DEMO_INDICATOR = "loevvangen-beboere-formidlet-erhvervsnetvaerk";
    static final String HEADER = "indikator;periode;trin;værdi;note\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    IndicatorService indicators;
    @Autowired
    MeasurementService measurements;
    @Autowired
    MeasurementImport imports;
    TestUsers.TestUser editor;
    Viewer editorViewer;
    String key;
    Indicator indicator;

    @BeforeEach
    void setUp() {
        editor = users.create(Role.EDITOR);
        editorViewer = users.viewerOf(editor.principal());
        key = "import-test-" + UUID.randomUUID().toString().substring(0, 8);
        indicator = indicators.create(new IndicatorDetails("Importtest", null, Unit.COUNT, 1, Direction.LOWER_IS_BETTER,
                Frequency.YEAR, null, null, null, null, Visibility.PUBLIC, List.of(), List.of(),
                List.of(new TargetSpec(MeasurementPeriod.of("2019"), "1 år", TargetKind.AT_LEAST, BigDecimal.TEN, null,
                        null, false, false, null))), key, editorViewer);
    }

    private ResultActions upload(String name, byte[] content, boolean dryRun, TestUsers.TestUser user) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/measurements/imports")
                .file(new MockMultipartFile("file", name, "text/csv", content));
        if (dryRun) {
            request.param("dryRun", "true");
        }
        if (user != null) {
            request.header("Authorization", user.bearer());
        }
        return mvc.perform(request);
    }

    private ResultActions upload(String csv, boolean dryRun) throws Exception {
        return upload("maalinger.csv", csv.getBytes(StandardCharsets.UTF_8), dryRun, editor);
    }

    private List<Measurement> current() {
        return measurements.list(indicator.id(), false, editorViewer);
    }

    @Test
    void dryRunShowsWhatWouldChangeAndWritesNothing() throws Exception {
        upload(HEADER + key + ";2018;;1.774;\n\n" + key + ";2019;1 år;5,7;Første måling\n", true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.emptyRows").value(1))
                .andExpect(jsonPath("$.errors", hasSize(0)))
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.summary.added").value(2))
                .andExpect(jsonPath("$.changes[0].row").value(2))
                .andExpect(jsonPath("$.changes[0].indicator").value(key))
                .andExpect(jsonPath("$.changes[0].period").value("2018"))
                .andExpect(jsonPath("$.changes[0].action").value("NEW"))
                .andExpect(jsonPath("$.changes[0].new").value(1774))
                .andExpect(jsonPath("$.changes[1].row").value(4))
                .andExpect(jsonPath("$.changes[1].step").value("1 år"))
                .andExpect(jsonPath("$.changes[1].new").value(5.7));
        assertThat(current()).isEmpty();
    }

    @Test
    void applySavesEveryRowAndAFileImportedAgainChangesNothing() throws Exception {
        String file = HEADER + key + ";2018;;1.774;\n" + key + ";2019;1 år;5,7;Første måling\n";
        upload(file, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.summary.added").value(2));
        assertThat(current()).extracting(Measurement::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1774"), new BigDecimal("5.7"));
        assertThat(current().get(1).note()).isEqualTo("Første måling");
        upload(file, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.unchanged").value(2))
                .andExpect(jsonPath("$.summary.added").value(0))
                .andExpect(jsonPath("$.summary.corrected").value(0));
        assertThat(measurements.list(indicator.id(), true, editorViewer)).hasSize(2);
    }

    @Test
    void aFileWithOneBadRowWritesNothing() throws Exception {
        upload(HEADER + key + ";2017;;10;\n" + key + ";2018;;11;\n" + key + ";2019;;tolv;\n", false)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.fieldErrors.file").value(containsString("nothing was imported")))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("værdi"))
                .andExpect(jsonPath("$.errors[0].code").value("NOT_A_NUMBER"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("tolv")));
        assertThat(current()).isEmpty();
    }

    @Test
    void aCorrectionThroughImportKeepsTheOldValueInTheHistory() throws Exception {
        upload(HEADER + key + ";2018;;100;Foreløbigt tal\n", false).andExpect(status().isOk());
        upload("indikator;periode;værdi\n" + key + ";2018;110\n", true)
                .andExpect(jsonPath("$.changes[0].action").value("CORRECTION"))
                .andExpect(jsonPath("$.changes[0].old").value(100))
                .andExpect(jsonPath("$.changes[0].new").value(110))
                .andExpect(jsonPath("$.changes[0].changedColumns[0]").value("værdi"));
        upload("indikator;periode;værdi\n" + key + ";2018;110\n", false).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.corrected").value(1));

        List<Measurement> history = measurements.list(indicator.id(), true, editorViewer);
        assertThat(history).hasSize(2);
        Measurement old = history.stream().filter(m -> !m.current()).findFirst().orElseThrow();
        Measurement now = history.stream().filter(Measurement::current).findFirst().orElseThrow();
        assertThat(old.value()).isEqualByComparingTo("100");
        assertThat(now.value()).isEqualByComparingTo("110");
        assertThat(now.replacesId()).isEqualTo(old.id());
        assertThat(now.correctionReason()).startsWith("Import maalinger.csv 20");
        assertThat(now.note()).as("a column the file lacks keeps its stored content").isEqualTo("Foreløbigt tal");
    }

    @Test
    void aCorrectionByHandAfterAnImportStillChecksVersionAndReason() throws Exception {
        upload(HEADER + key + ";2018;;100;\n", false).andExpect(status().isOk());
        Measurement imported = current().get(0);
        String url = "/api/v1/indicators/" + indicator.id().value() + "/measurements/" + imported.id();
        String body = "{\"period\": \"2018\", \"value\": 101, \"version\": " + imported.version() + ", \"reason\": %s}";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url)
                        .header("Authorization", editor.bearer()).contentType("application/json").content(body.formatted("null")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.reason").exists());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url)
                        .header("Authorization", editor.bearer()).contentType("application/json").content(body.formatted("\"Trykfejl\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.correctionReason").value("Trykfejl"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url)
                        .header("Authorization", editor.bearer()).contentType("application/json").content(body.formatted("\"Igen\"")))
                .andExpect(status().isConflict());
        assertThat(measurements.list(indicator.id(), true, editorViewer)).hasSize(2);
    }

    @Test
    void rowErrorsNameTheRowTheColumnAndWhy() throws Exception {
        String file = "Indicator,Period,Step,Value\n"
                + "no-such-indicator,2018,,1\n"
                + key + ",2018-K2,,1\n"
                + key + ",2018,3 år,1\n"
                + key + ",2018,,1\n"
                + key + ",2018,,2\n"
                + key + ",2018/19,,2\n"
                + indicator.id().value() + ",2018,,3\n";
        upload(file, true).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(7))
                .andExpect(jsonPath("$.errors", hasSize(6)))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("Indicator"))
                .andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_INDICATOR"))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].column").value("Period"))
                .andExpect(jsonPath("$.errors[1].code").value("PERIOD_TOO_FINE"))
                .andExpect(jsonPath("$.errors[1].message").value("2018-K2 is more frequent than the indicator, which is measured per year"))
                .andExpect(jsonPath("$.errors[2].column").value("Step"))
                .andExpect(jsonPath("$.errors[2].code").value("UNKNOWN_STEP"))
                .andExpect(jsonPath("$.errors[3].row").value(6))
                .andExpect(jsonPath("$.errors[3].code").value("DUPLICATE_ROW"))
                .andExpect(jsonPath("$.errors[3].message").value("row 5 already has a value for the same indicator, period and step"))
                .andExpect(jsonPath("$.errors[4].row").value(7))
                .andExpect(jsonPath("$.errors[4].code").value("NOT_A_PERIOD"))
                .andExpect(jsonPath("$.errors[5].row").value(8))
                .andExpect(jsonPath("$.errors[5].code").value("DUPLICATE_ROW"));
    }

    @Test
    void badFilesGetAFieldErrorOnFile() throws Exception {
        upload("maalinger.csv", "indikator;periode;værdi;kildde\n".getBytes(StandardCharsets.UTF_8), true, editor)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.file").value(containsString("kildde")));
        upload("maalinger.csv", "indikator;periode;værdi\n".getBytes(StandardCharsets.UTF_16), true, editor)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.file").value(containsString("CSV UTF-8")));
        mvc.perform(multipart("/api/v1/measurements/imports").header("Authorization", editor.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.file").value("Choose a CSV or XLSX file to import."));
    }

    @Test
    void aFileOverTheImportLimitIsRefusedWithTheLimit() throws Exception {
        byte[] eleven = new byte[11 * 1024 * 1024];
        upload("stor.csv", eleven, true, editor)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.file").value("The file is 11 MB; at most 10 MB can be imported at a time. Split it into smaller files."));
    }

    @Test
    void onlyEditorsImport() throws Exception {
        byte[] file = (HEADER + key + ";2018;;1;\n").getBytes(StandardCharsets.UTF_8);
        upload("m.csv", file, true, null).andExpect(status().isUnauthorized());
        upload("m.csv", file, false, users.create(Role.READER)).andExpect(status().isForbidden());
        assertThat(current()).isEmpty();
    }

    @Test
    void exportedCsvImportsBackWithoutChanges() throws Exception {
        upload(HEADER + key + ";2019;1 år;-0,25;\"Med ; semikolon og \"\"citat\"\"\"\n" + key + ";2018;;=1+2;\n", true)
                .andExpect(jsonPath("$.errors", hasSize(1)));
        upload(HEADER + key + ";2019;1 år;-0,25;\"Med ; semikolon og \"\"citat\"\"\"\n" + key + ";2018;;1.774,125;=SUM(A1)\n", false)
                .andExpect(status().isOk());
        byte[] export = mvc.perform(get("/api/v1/measurements/export").param("format", "csv")
                        .header("Authorization", editor.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString(".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(export, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        String text = new String(export, StandardCharsets.UTF_8);
        assertThat(text).contains(key + ";Importtest;2018;;1774,125;;;;'=SUM(A1);;\r\n");

        assertRoundTrip("maalinger.csv", export);
    }

    @Test
    void exportedWorkbookImportsBackWithoutChanges() throws Exception {
        upload(HEADER + key + ";2018;;1774,125;=SUM(A1)\n", false).andExpect(status().isOk());
        byte[] export = mvc.perform(get("/api/v1/measurements/export").param("format", "xlsx")
                        .header("Authorization", editor.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/vnd.openxmlformats")))
                .andReturn().getResponse().getContentAsByteArray();
        assertRoundTrip("maalinger.xlsx", export);
    }

    @Test
    void englishExportImportsBackWithoutChanges() throws Exception {
        upload(HEADER + key + ";2018;;1774,125;Note\n", false).andExpect(status().isOk());
        byte[] export = mvc.perform(get("/api/v1/measurements/export").param("lang", "en")
                        .header("Authorization", editor.bearer()))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(export, StandardCharsets.UTF_8)).contains("indicator,indicator_name,period,step,value")
                .contains(key + ",Importtest,2018,,1774.125,");
        assertRoundTrip("measurements.csv", export);
    }

    private void assertRoundTrip(String name, byte[] export) throws Exception {
        String answer = upload(name, export, true, editor)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors", hasSize(0)))
                .andExpect(jsonPath("$.summary.added").value(0))
                .andExpect(jsonPath("$.summary.corrected").value(0))
                .andReturn().getResponse().getContentAsString();
        int rows = JsonPath.read(answer, "$.rows");
        int unchanged = JsonPath.read(answer, "$.summary.unchanged");
        assertThat(rows).isGreaterThan(20).isEqualTo(unchanged);
    }

    /** The demo's internal indicator has no values yet: it gets one here, rolled back with the test's transaction. */
    @Test
    @Transactional
    void anonymousExportHoldsPublicIndicatorsOnly() throws Exception {
        Viewer coordinator = users.demoViewer("koordinator"); // coordinates the Løvvangen agreement
        Indicator internal = indicators.findByKey(INTERNAL_DEMO_INDICATOR, coordinator).orElseThrow();
        assertThat(internal.visibility()).isEqualTo(Visibility.INTERNAL);
        measurements.add(internal.id(), new MeasurementInput(MeasurementPeriod.of("2022"), null, new BigDecimal("12"),
                null, null, null, null, null, null, null), coordinator);
        upload(HEADER + key + ";2018;;1;\n", false).andExpect(status().isOk());

        String anonymous = mvc.perform(get("/api/v1/measurements/export").param("format", "csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(anonymous).contains("uddannelseshjaelp-modtagere;", key + ";").doesNotContain(INTERNAL_DEMO_INDICATOR);
        String partner = mvc.perform(get("/api/v1/measurements/export").header("Authorization", users.demo("laeser").bearer()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(partner).contains(INTERNAL_DEMO_INDICATOR + ";");
        String outsider = mvc.perform(get("/api/v1/measurements/export").header("Authorization", editor.bearer()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(outsider).as("an editor of no partner organisation").doesNotContain(INTERNAL_DEMO_INDICATOR);

        byte[] workbook = mvc.perform(get("/api/v1/measurements/export").param("format", "xlsx"))
                .andReturn().getResponse().getContentAsByteArray();
        ParsedFile file = imports.parse(new ImportFile("x.xlsx", workbook.length, new ByteArrayResource(workbook)));
        assertThat(file.rows()).extracting(ImportRow::indicator).contains("uddannelseshjaelp-modtagere")
                .doesNotContain(INTERNAL_DEMO_INDICATOR);
        assertThat(file.rows()).allSatisfy(r -> assertThat(indicators.findByKey(r.indicator(), editorViewer).orElseThrow()
                .visibility()).isEqualTo(Visibility.PUBLIC));

        mvc.perform(get("/api/v1/measurements/export").param("indicator", internal.id().value().toString()))
                .andExpect(status().isNotFound());
        String strategyId = JsonPath.read(mvc.perform(get("/api/v1/strategies").param("q", "Delaftale for indsatsområdet Beskæftigelse")
                .header("Authorization", editor.bearer())).andReturn().getResponse().getContentAsString(), "$.items[0].id");
        String byStrategy = mvc.perform(get("/api/v1/measurements/export").param("strategy", strategyId))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(byStrategy).doesNotContain(INTERNAL_DEMO_INDICATOR);
    }

    @Test
    void exportIsSortedAndCanBeLimitedToAStrategyOrAnIndicator() throws Exception {
        String all = mvc.perform(get("/api/v1/measurements/export")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = all.lines().skip(1).toList();
        List<String> keys = lines.stream().map(l -> l.substring(0, l.indexOf(';'))).toList();
        assertThat(keys).isSorted();
        assertThat(lines).filteredOn(l -> l.startsWith("flygtninge-i-job-eller-uddannelse;"))
                .extracting(l -> l.split(";")[3]).containsExactly("1 år", "2 år", "3 år");

        String strategyId = JsonPath.read(mvc.perform(get("/api/v1/strategies").param("q", "Mål og strategier 2018"))
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        String byStrategy = mvc.perform(get("/api/v1/measurements/export").param("strategy", strategyId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(byStrategy).contains("uddannelseshjaelp-modtagere;").doesNotContain("loevvangen-");

        String id = indicators.findByKey("uddannelseshjaelp-modtagere", editorViewer).orElseThrow().id().value().toString();
        String one = mvc.perform(get("/api/v1/measurements/export").param("indicator", id))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(one.lines().skip(1)).isNotEmpty().allMatch(l -> l.startsWith("uddannelseshjaelp-modtagere;"));

        mvc.perform(get("/api/v1/measurements/export").param("format", "pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.format").value("must be csv or xlsx"));
    }

    @Test
    void templatesHaveTheColumnsAnExampleAndAGuide() throws Exception {
        byte[] csv = mvc.perform(get("/api/v1/measurements/template").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("maalinger-skabelon.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFindikator;indikatornavn;periode;trin;værdi;stikprøve;ki_nedre;ki_øvre;note;kilde;dokumentation\r\n")
                .contains("\"# uddannelseshjaelp-modtagere\";Modtagere af uddannelseshjælp;2018;;1774;");
        upload("skabelon.csv", csv, true, editor).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(0))
                .andExpect(jsonPath("$.emptyRows").value(2));

        byte[] xlsx = mvc.perform(get("/api/v1/measurements/template").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Målinger", "Vejledning");
            Sheet guide = workbook.findSheet("Vejledning").orElseThrow();
            assertThat(guide.read().get(1).getCellText(0)).isEqualTo("indikator");
            assertThat(guide.read().get(5).getCellText(2)).contains("decimalkomma");
        }
        upload("skabelon.xlsx", xlsx, true, editor).andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(0));
    }

    @Test
    void theApiDocumentationDescribesTheEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(containsString("/api/v1/measurements/imports"),
                                containsString("/api/v1/measurements/export"), containsString("/api/v1/measurements/template"))));
    }

    @Test
    void aDecimalCommaInACommaSeparatedFileIsCaught() throws Exception {
        upload("indicator,period,value\n" + key + ",2018,5,7\n", true)
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].code").value("VALUE_WITHOUT_COLUMN"))
                .andExpect(jsonPath("$.changes", hasSize(0)));
    }

    @Test
    void viewerWithoutEditRightsCannotUseTheServiceEither() {
        Viewer reader = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "reader");
        byte[] file = (HEADER + key + ";2018;;1;\n").getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.apply(
                        new ImportFile("m.csv", file.length, new ByteArrayResource(file)), null, reader))
                .isInstanceOf(dk.pejling.shared.ForbiddenException.class);
    }
}
