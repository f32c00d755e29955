package dk.pejling.indicator.file;

import dk.pejling.indicator.IndicatorPermissions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.PejlingProperties;
import dk.pejling.shared.tabular.ImportProblem;
import dk.pejling.shared.tabular.CellProblem;
import dk.pejling.shared.tabular.DecimalStyle;
import dk.pejling.shared.tabular.ImportFileException;
import dk.pejling.shared.tabular.ImportFile;
import dk.pejling.shared.tabular.RowError;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ByteArrayResource;

/** Reading measurement files, without a database: every bad file gets a clear error, never an exception. */
class MeasurementFileReadingTest {

    private static final String DANISH_HEADER = "indikator;periode;trin;værdi;stikprøve;ki_nedre;ki_øvre;note;kilde;dokumentation\n";

    private final MeasurementImport imports = new MeasurementImport(null,
            new PejlingProperties(null, null, null, null, null, null, new PejlingProperties.Imports(1024L * 1024, 100)),
            new IndicatorPermissions(null));

    private ParsedFile parse(String name, byte[] bytes) {
        return imports.parse(new ImportFile(name, bytes.length, new ByteArrayResource(bytes)));
    }

    private ParsedFile csv(String text) {
        return parse("maalinger.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportProblem fileProblem(Runnable read) {
        try {
            read.run();
        } catch (ImportFileException e) {
            return e.problem();
        }
        throw new AssertionError("the file was read");
    }

    @Test
    void danishFileReadsDecimalCommaAndThousandsPoints() {
        ParsedFile file = csv(DANISH_HEADER
                + "uddannelseshjaelp-modtagere;2018;;1.774;;;;Gennemsnit;Årsberetning 2018;https://example.org/a\n"
                + "netvaerksanbringelser-andel;2018;;8,5;1.200;7,9;9,1;;;\n"
                + "forsikrede-ledige;2018-k2;;-0,3;;;;;;\n");
        assertThat(file.errors()).isEmpty();
        assertThat(file.rows()).extracting(ImportRow::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1774"), new BigDecimal("8.5"), new BigDecimal("-0.3"));
        ImportRow second = file.rows().get(1);
        assertThat(second.sampleSize()).isEqualTo(1200);
        assertThat(second.ciLow()).isEqualByComparingTo("7.9");
        assertThat(file.rows().get(0).source()).isEqualTo("Årsberetning 2018");
        assertThat(file.rows().get(2).period().value()).isEqualTo("2018-K2");
        assertThat(file.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void englishCommaSeparatedFileReadsDecimalPointsAndCaseInsensitiveHeaders() {
        ParsedFile file = csv("Indicator,PERIOD,Value,Sample_Size\nforsikrede-ledige,2018,4055.5,12\n");
        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).value()).isEqualByComparingTo("4055.5");
        assertThat(file.rows().get(0).sampleSize()).isEqualTo(12);
    }

    @Test
    void decimalPointInASemicolonFileIsARowErrorNotAGuess() {
        ParsedFile file = csv("indikator;periode;værdi\nforsikrede-ledige;2018;5.7\n");
        assertThat(file.rows()).isEmpty();
        assertThat(file.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("værdi");
            assertThat(e.problem()).isEqualTo(ImportProblem.POINT_IN_DANISH_FILE);
            assertThat(e.message()).contains("5.7").contains("comma");
        });
    }

    @Test
    void decimalCommaInACommaSeparatedFileIsARowError() {
        ParsedFile file = csv("indicator,period,value\nforsikrede-ledige,2018,\"5,7\"\n");
        assertThat(file.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("value");
            assertThat(e.problem()).isEqualTo(ImportProblem.COMMA_IN_ENGLISH_FILE);
        });
    }

    @Test
    void textInANumberColumnNamesRowColumnAndValue() {
        ParsedFile file = csv(DANISH_HEADER + "forsikrede-ledige;2018;;ca. 4000;;;;;;\nforsikrede-ledige;2017;;4000;mange;;;;;\n");
        assertThat(file.errors()).extracting(RowError::row, RowError::column, RowError::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "værdi", ImportProblem.NOT_A_NUMBER),
                org.assertj.core.groups.Tuple.tuple(3, "stikprøve", ImportProblem.NOT_A_NUMBER));
        assertThat(file.errors().get(0).message()).isEqualTo(
                "\u201cca. 4000\u201d is not a number; write only digits, a minus and the decimal mark (no units or %)");
    }

    @Test
    void periodThatDoesNotParseIsARowError() {
        ParsedFile file = csv("indikator;periode;værdi\nforsikrede-ledige;marts 2018;4000\nforsikrede-ledige;;4000\n");
        assertThat(file.errors()).extracting(RowError::row, RowError::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, MeasurementProblem.NOT_A_PERIOD),
                org.assertj.core.groups.Tuple.tuple(3, ImportProblem.REQUIRED));
    }

    @Test
    void emptyRowsAreSkippedAndCountedAndRowNumbersStayThoseOfTheSpreadsheet() {
        ParsedFile file = csv("indikator;periode;værdi\n\n;;\nforsikrede-ledige;2018;4000\n   \n# en kommentar;;\nforsikrede-ledige;2017;x\n");
        assertThat(file.emptyRows()).isEqualTo(4);
        assertThat(file.rowCount()).isEqualTo(2);
        assertThat(file.rows()).extracting(ImportRow::row).containsExactly(4);
        assertThat(file.errors()).extracting(RowError::row).containsExactly(7);
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "værdi;indikator;periode\r\n5,7;forsikrede-ledige;2018\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);
        ParsedFile file = parse("m.csv", bytes);
        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).value()).isEqualByComparingTo("5.7");
    }

    @Test
    void windows1252FileFromOlderExcelIsReadAndSaysSo() {
        byte[] bytes = "indikator;periode;værdi;kilde\nforsikrede-ledige;2018;4000;Jobnet Aalborg Ø\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ParsedFile file = parse("m.csv", bytes);
        assertThat(file.encoding()).isEqualTo("windows-1252");
        assertThat(file.rows().get(0).source()).isEqualTo("Jobnet Aalborg Ø");
    }

    @Test
    void brokenUtf8IsRefusedWithTheBadByteAndLine() {
        byte[] good = "indikator;periode;værdi;kilde\nforsikrede-ledige;2018;4000;Ø".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF;
        bytes[good.length + 1] = '\n';
        assertThatThrownBy(() -> parse("m.csv", bytes)).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.problem()).isEqualTo(ImportProblem.ENCODING_INVALID);
            assertThat(e.args()).containsExactly("0xFF", "2");
            assertThat(e.fieldErrors().get("file")).contains("not valid UTF-8").contains("CSV UTF-8");
        });
    }

    @Test
    void utf16IsRefusedWithAdviceToSaveAsUtf8() {
        byte[] withBom = "\uFEFFindikator;periode;værdi\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] without = "indikator;periode;værdi\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(fileProblem(() -> parse("m.csv", withBom))).isEqualTo(ImportProblem.ENCODING_UTF16);
        assertThat(fileProblem(() -> parse("m.txt", without))).isEqualTo(ImportProblem.ENCODING_UTF16);
    }

    @Test
    void headerRowProblemsAreFileErrors() {
        assertThat(fileProblem(() -> csv("indikator;periode\nx;2018\n"))).isEqualTo(ImportProblem.MISSING_COLUMNS);
        assertThat(fileProblem(() -> csv("forsikrede-ledige;2018;4000\n"))).isEqualTo(ImportProblem.MISSING_COLUMNS);
        assertThat(fileProblem(() -> csv("indikator;periode;værdi;kildde\n"))).isEqualTo(ImportProblem.UNKNOWN_COLUMNS);
        assertThat(fileProblem(() -> csv("indikator;periode;værdi;value\n"))).isEqualTo(ImportProblem.DUPLICATE_COLUMN);
        assertThat(fileProblem(() -> csv("indikator periode værdi\n"))).isEqualTo(ImportProblem.NO_SEPARATOR);
        assertThat(fileProblem(() -> csv(""))).isEqualTo(ImportProblem.FILE_EMPTY);
        assertThat(fileProblem(() -> csv("\n\n"))).isEqualTo(ImportProblem.FILE_EMPTY);
    }

    @Test
    void headerNamesWithoutDanishLettersAreAccepted() {
        ParsedFile file = csv("Indikator;Periode;Vaerdi;Stikproeve;KI nedre;KI-oevre\nforsikrede-ledige;2018;5;10;4;6\n");
        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).ciHigh()).isEqualByComparingTo("6");
    }

    @Test
    void unclosedQuoteIsAFileErrorWithItsRow() {
        ImportFileException e = (ImportFileException) catchThrowable(
                () -> csv("indikator;periode;værdi;note\nforsikrede-ledige;2018;4000;ok\nforsikrede-ledige;2017;4000;\"ikke lukket\n"));
        assertThat(e.problem()).isEqualTo(ImportProblem.CSV_QUOTES);
        assertThat(e.args()).containsExactly("3");
    }

    @Test
    void tooManyRowsIsAFileError() {
        StringBuilder text = new StringBuilder("indikator;periode;værdi\n");
        for (int i = 0; i < 101; i++) {
            text.append("x;2018;1\n");
        }
        assertThat(fileProblem(() -> csv(text.toString()))).isEqualTo(ImportProblem.TOO_MANY_ROWS);
    }

    @Test
    void fileOverTheLimitIsRefusedByItsDeclaredSizeWithoutReadingIt() {
        ImportFile huge = new ImportFile("stor.csv", 50L * 1024 * 1024, () -> {
            throw new AssertionError("the content was read");
        });
        ImportFileException e = (ImportFileException) catchThrowable(() -> imports.parse(huge));
        assertThat(e.problem()).isEqualTo(ImportProblem.FILE_TOO_LARGE);
        assertThat(e.args()).containsExactly("50", "1");
    }

    @Test
    void otherFileTypesGetAClearMessage() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(fileProblem(() -> parse("gammel.xls", xls))).isEqualTo(ImportProblem.FILE_OLD_EXCEL);
        assertThat(fileProblem(() -> parse("rapport.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(ImportProblem.FILE_TYPE);
        assertThat(fileProblem(() -> parse("ark.xlsx", "ikke et regneark".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(ImportProblem.FILE_UNREADABLE_XLSX);
        assertThat(fileProblem(() -> parse("ark.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3})))
                .isIn(ImportProblem.FILE_UNREADABLE_XLSX, ImportProblem.FILE_TYPE);
        assertThat(fileProblem(() -> parse("", new byte[0]))).isEqualTo(ImportProblem.FILE_MISSING);
    }

    @Test
    void workbookReadsNumberCellsExactlyDatesAsMonthsAndRefusesAmbiguousText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Test", "1.0");
        Worksheet guide = workbook.newWorksheet("Vejledning");
        guide.value(0, 0, "Ikke data");
        Worksheet ws = workbook.newWorksheet("Målinger");
        List<String> header = List.of("indikator", "periode", "værdi", "stikprøve", "note");
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        ws.value(1, 0, "forsikrede-ledige");
        ws.value(1, 1, 2018);
        ws.value(1, 2, new BigDecimal("4055.25"));
        ws.value(1, 3, 12);
        ws.value(3, 0, "forsikrede-ledige"); // row 3 (index 2) left empty
        ws.value(3, 1, LocalDate.of(2018, 3, 1));
        ws.style(3, 1).format("mmm-yy").set();
        ws.value(3, 2, "5,7");
        ws.value(4, 0, "forsikrede-ledige");
        ws.value(4, 1, "2018");
        ws.value(4, 2, "1.774");
        workbook.finish();

        ParsedFile file = parse("ark.xlsx", out.toByteArray());
        assertThat(file.format()).isEqualTo("xlsx");
        assertThat(file.emptyRows()).isEqualTo(1);
        assertThat(file.rows()).extracting(ImportRow::row).containsExactly(2, 4);
        assertThat(file.rows().get(0).period().value()).isEqualTo("2018");
        assertThat(file.rows().get(0).value()).isEqualByComparingTo("4055.25");
        assertThat(file.rows().get(0).sampleSize()).isEqualTo(12);
        assertThat(file.rows().get(1).period().value()).isEqualTo("2018-03");
        assertThat(file.rows().get(1).value()).isEqualByComparingTo("5.7");
        assertThat(file.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.problem()).isEqualTo(ImportProblem.AMBIGUOUS_NUMBER);
        });
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "5,7|COMMA|5.7", "1.774|COMMA|1774", "1.774,5|COMMA|1774.5", "−0,3|COMMA|-0.3", "+12|COMMA|12",
            "0,1234567|COMMA|0.123457", "5.7|POINT|5.7", "1774|POINT|1774", "-0.3|POINT|-0.3",
            "5,7|EITHER|5.7", "5.7|EITHER|5.7", "1.774,5|EITHER|1774.5", "1,774.5|EITHER|1774.5", "1.234.567|EITHER|1234567",
            "0,125|EITHER|0.125"})
    void numbersFollowTheFilesRule(String text, DecimalStyle style, String expected) {
        assertThat(style.parse(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1} is refused as {2}")
    @CsvSource(delimiter = '|', value = {
            "5.7|COMMA|POINT_IN_DANISH_FILE", "0.500|COMMA|POINT_IN_DANISH_FILE", "1.77|COMMA|POINT_IN_DANISH_FILE",
            "5 %|COMMA|NOT_A_NUMBER", "1e5|COMMA|NOT_A_NUMBER", "5,7|POINT|COMMA_IN_ENGLISH_FILE",
            "1,774|POINT|COMMA_IN_ENGLISH_FILE", "abc|POINT|NOT_A_NUMBER", "1.774|EITHER|AMBIGUOUS_NUMBER",
            "1,774|EITHER|AMBIGUOUS_NUMBER", "1.2.3|EITHER|NOT_A_NUMBER"})
    void numbersThatBreakTheRuleAreRefused(String text, DecimalStyle style, ImportProblem problem) {
        assertThatThrownBy(() -> style.parse(text)).isInstanceOfSatisfying(CellProblem.class,
                p -> assertThat(p.at(2, "værdi").problem()).isEqualTo(problem));
    }

    @Test
    void exportFormatReadsBackToTheSameNumbers() {
        for (String n : List.of("1774", "5.7", "-0.3", "0.000001", "12345678901234.5")) {
            BigDecimal value = new BigDecimal(n);
            assertThat(DecimalStyle.COMMA.parse(DecimalStyle.COMMA.format(value))).isEqualByComparingTo(value);
            assertThat(DecimalStyle.POINT.parse(DecimalStyle.POINT.format(value))).isEqualByComparingTo(value);
        }
    }

    private static Throwable catchThrowable(Runnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("nothing thrown");
    }
}
