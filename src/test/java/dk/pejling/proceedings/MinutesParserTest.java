package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The importer's reading of both seed minutes and of a second municipality's layout. */
class MinutesParserTest {

    private final MinutesParser parser = new MinutesParser();

    static String resource(String path) throws IOException {
        try (InputStream in = MinutesParserTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsEveryItemOfTheBeskaeftigelsesudvalgetMinutes() throws IOException {
        ParsedMinutes minutes = parser.parse(resource("demo/proceedings/beskaeftigelsesudvalget-2014-08-19.txt"));

        assertThat(minutes.meeting().committee()).isEqualTo("Beskæftigelsesudvalget");
        assertThat(minutes.meeting().date()).isEqualTo(LocalDate.of(2014, 8, 19));
        assertThat(minutes.meeting().start()).isEqualTo(LocalTime.of(13, 0));
        assertThat(minutes.meeting().end()).isEqualTo(LocalTime.of(16, 0));
        assertThat(minutes.meeting().place()).isEqualTo("Mødelokale E, Sønderbro 12, 9000 Aalborg");
        assertThat(minutes.meeting().absent()).containsExactly("Daniel Nyboe Andersen (B)", "Per Clausen (Ø)");
        assertThat(minutes.meeting().otherParticipants()).startsWith("Udover udvalgets medlemmer deltog Arne Lund Kristensen")
                .endsWith("socialchef Hanne H. Manata.");

        assertThat(minutes.items()).extracting(ParsedItem::number, ParsedItem::title, ParsedItem::caseNumber, ParsedItem::closed)
                .containsExactly(
                        tuple("1", "Godkendelse af dagsorden", null, false),
                        tuple("2", "Orientering om reform af beskæftigelsesindsatsen", "2014-33589", false),
                        tuple("3", "Vurdering af analysen af jobcentrenes ressourceforbrug", "2014-8341", false),
                        tuple("4", "Tilsyn med andre akører i 2013", "2010-37761", false),
                        tuple("5", "Udkast til strategien \"Tryg Aalborg - en mere tryg kommune\" 2014-2017", "2014-1516", false),
                        tuple("6", "Orientering fra rådmand og direktør", null, false),
                        tuple("7", "Eventuelt", null, false),
                        tuple("8", "Godkendelse af referat", null, false),
                        tuple("9", "Orientering fra rådmand og direktør", null, true),
                        tuple("10", "Eventuelt", null, true));
        assertThat(minutes.items()).extracting(ParsedItem::decision).containsExactly(
                "Godkendt.",
                "Til orientering. Jobcenterchefen gennemgik reform af beskæftigelsesindsatsen. De viste plancher vedhæftes referatet.",
                "Til orientering. Jobcenterkonsulent John Andersen gennemgik analysen af jobcentrenes ressourceforbrug. De viste plancher vedhæftes referatet.",
                "Til orientering.",
                "Godkendt mhp. oversendelse til byrådets behandling med følgende bemærkninger. Udvalget peger på, at strategien skal ses som en overbygning på de indsatser til tryghed, der allerede er iværksat i Aalborg, og hvor trygheden måles via tryghedsindekset. Dette bør udbygges både i forordet samt i strategien. Socialchefen uddybede baggrunden for, at der er udarbejdet udkast til strategi \"Tryg i Aalborg - en mere tryg kommune\".",
                "Til orientering.",
                "Intet.",
                "Godkendt.",
                null,
                null);

        ParsedItem tryg = minutes.items().get(4);
        assertThat(tryg.recommendation()).startsWith("Familie- og Beskæftigelsesforvaltningen indstiller");
        assertThat(tryg.description()).startsWith("Enslydende indstilling behandles").endsWith("primo 2018.")
                .doesNotContain("Side 9", "Tidsplan");
        assertThat(tryg.timetable()).hasSize(12);
        assertThat(tryg.timetable().getFirst()).isEqualTo(new CaseStep(LocalDate.of(2014, 8, 5),
                "FL Sundheds- og Kulturforvaltningen", "Høring af strategiudkast Tryg"));
        assertThat(tryg.timetable().get(5)).isEqualTo(new CaseStep(LocalDate.of(2014, 8, 19), null,
                "Høring af strategiudkast Tryg"));
        assertThat(tryg.timetable().getLast().stepDate()).isEqualTo(LocalDate.of(2014, 9, 22));
        assertThat(tryg.timetable().getLast().bodyName()).isEqualTo("Byråd");
        assertThat(minutes.items().get(3).attachments()).containsExactly("Statusrapport - andre aktører 2013.docx");
        // The document archive's list is not part of the minutes: shown to the reviewer, not read into fields.
        assertThat(minutes.unrecognised()).contains("Statistik for Jobcenter Aalborg");
    }

    @Test
    void readsTheSkoleudvalgetHearingItem() throws IOException {
        ParsedMinutes minutes = parser.parse(resource("demo/proceedings/skoleudvalget-2014-04-22.txt"));

        assertThat(minutes.meeting().committee()).isEqualTo("Skoleudvalget");
        assertThat(minutes.meeting().date()).isEqualTo(LocalDate.of(2014, 4, 22));
        assertThat(minutes.meeting().place()).isNull();
        assertThat(minutes.items()).extracting(ParsedItem::number, ParsedItem::title, ParsedItem::caseNumber, ParsedItem::closed)
                .containsExactly(tuple("3", "Indstilling til Skoleudvalget om \"Tryghed i Aalborg Kommune\"", "2014-1516", false));
        ParsedItem item = minutes.items().getFirst();
        assertThat(item.decision()).isEqualTo("Drøftedes. Skoleudvalget prioriterer informationen, forældreinddragelse og "
                + "SSP-arbejdet, i arbejdet med \"Tryghed i Aalborg Kommune\".");
        assertThat(item.hearingDeadline()).isEqualTo(LocalDate.of(2014, 5, 1));
        assertThat(item.attachments()).containsExactly("Bilag til Kommissorium for Strategi om \"Tryghed i Aalborg Kommune\" 2014",
                "Kommissorium for Strategi om \"Tryghed i Aalborg Kommune\" 2014");
        assertThat(item.recommendation()).startsWith("Familie- og Beskæftigelsesforvaltningen fremsender til Skoleudvalget til høring");
        assertThat(item.description()).contains("Mål 5:").doesNotContain("Udskrift af beslutningsprotokollen");
        assertThat(minutes.unrecognised()).isEmpty();
    }

    @Test
    void readsAnotherMunicipalitysLayoutWithHeadingsAndSections() throws IOException {
        ParsedMinutes minutes = parser.parse(resource("proceedings/socialudvalget-2024-03-12.txt"));

        assertThat(minutes.meeting().committee()).isEqualTo("Social- og Sundhedsudvalget");
        assertThat(minutes.meeting().date()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(minutes.meeting().start()).isEqualTo(LocalTime.of(16, 0));
        assertThat(minutes.meeting().end()).isEqualTo(LocalTime.of(18, 30));
        assertThat(minutes.meeting().place()).isEqualTo("Rådhuset, mødelokale 2");
        assertThat(minutes.meeting().absent()).containsExactly("Anne Holm (A)", "Bo Kjær (V)");
        assertThat(minutes.items()).extracting(ParsedItem::number, ParsedItem::title, ParsedItem::caseNumber,
                        ParsedItem::closed, ParsedItem::decision)
                .containsExactly(
                        tuple("1", "Godkendelse af dagsorden", null, false, "Godkendt."),
                        tuple("2", "Budgetopfølgning pr. 29. februar 2024", "24/1234", false, "Godkendt."),
                        tuple("3", "Høring om sundhedspolitik 2024-2027", "2024-5521", false,
                                "Udvalget afgav høringssvar med bemærkning om tryghed i nattelivet."),
                        tuple("4", "Personalesag", "24/0999", true, "Hemmelig beslutning om medarbejderen."),
                        tuple("5", "Køb af ejendom", null, true, "Fortroligt: købet godkendes for 4,2 mio. kr."));
        ParsedItem budget = minutes.items().get(1);
        assertThat(budget.kleCode()).isEqualTo("00.30.10");
        assertThat(budget.recommendation()).isEqualTo("Direktøren indstiller, at udvalget godkender budgetopfølgningen.");
        assertThat(budget.attachments()).containsExactly("Budgetnotat februar 2024.pdf", "Oversigt over forbrug.xlsx");
        assertThat(budget.description()).contains("1. Ældreområdet forventer et mindreforbrug.");
        assertThat(minutes.items().get(2).hearingDeadline()).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(minutes.unrecognised()).isEmpty();
    }

    @Test
    void listsWhatItCannotPlaceInsteadOfGuessing() {
        ParsedMinutes minutes = parser.parse("""
                Referat
                Teknisk Udvalg
                Vejret var godt
                1. Vejbelysning
                Sagsnr.: 23/77
                Beslutning
                Udsat.
                """);
        assertThat(minutes.meeting().date()).isNull();
        assertThat(minutes.meeting().place()).isNull();
        assertThat(minutes.unrecognised()).containsExactly("Vejret var godt");
        assertThat(minutes.items()).extracting(ParsedItem::title, ParsedItem::decision).containsExactly(tuple("Vejbelysning", "Udsat."));
    }

    @Test
    void keepsItemsNumberedOneThousandAndAboveApartInBothLayouts() {
        StringBuilder aalborg = new StringBuilder("Byrådet\nReferat\n");
        StringBuilder headings = new StringBuilder("Referat\n\nByrådet\n\nMødedato: 12. marts 2024\n\n");
        for (int n = 1; n <= 1002; n++) {
            aalborg.append("Punkt ").append(n).append(". Sag nummer ").append(n).append(". 2024-").append(n)
                    .append(". Sagsbeskrivelse Tekst til sag ").append(n).append(". Beslutning: Godkendt ").append(n).append(".\n");
            headings.append(n).append(". Sag nummer ").append(n).append("\nBeslutning\nGodkendt ").append(n).append(".\n\n");
        }
        for (String text : new String[] {aalborg.toString(), headings.toString()}) {
            ParsedMinutes minutes = parser.parse(text);
            assertThat(minutes.items()).hasSize(1002);
            assertThat(minutes.items()).extracting(ParsedItem::number).endsWith("999", "1000", "1001", "1002");
            ParsedItem item999 = minutes.items().get(998);
            assertThat(item999.decision()).isEqualTo("Godkendt 999.");
            assertThat(minutes.items().get(999).decision()).isEqualTo("Godkendt 1000.");
            assertThat(minutes.items().get(1001).title()).isEqualTo("Sag nummer 1002");
        }
    }
}
