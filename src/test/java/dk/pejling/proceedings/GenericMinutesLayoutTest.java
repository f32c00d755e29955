package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The generic layout's cues, one at a time. All texts here are SYNTETISK (constructed), not real minutes. */
class GenericMinutesLayoutTest {

    private final GenericMinutesLayout layout = new GenericMinutesLayout();

    @Test
    void aSectionHeadingIsAWholeLineSoBeslutningstemaIsNotADecision() {
        ParsedMinutes minutes = layout.parse("""
                Teknisk Udvalg – Referat – 27. oktober 2021
                5. Vejbelysning (B)
                Beslutningstema
                Udvalget skal beslutte belysningen.
                Beslutning i Teknisk Udvalg den 27. oktober 2021:
                Godkendt.
                """);
        assertThat(minutes.meeting().committee()).isEqualTo("Teknisk Udvalg");
        assertThat(minutes.meeting().date()).isEqualTo(LocalDate.of(2021, 10, 27));
        assertThat(minutes.items()).extracting(ParsedItem::number, ParsedItem::title, ParsedItem::decision)
                .containsExactly(tuple("5", "Vejbelysning (B)", "Godkendt."));
        assertThat(minutes.items().getFirst().description()).isEqualTo("Udvalget skal beslutte belysningen.");
    }

    @Test
    void numberedRecommendationsAndListsOfNamesAreNotItems() {
        ParsedMinutes minutes = layout.parse("""
                Referat
                7. Budget
                Indstilling
                1. at udvalget godkender budgettet
                2. at budgettet sendes videre
                Beslutning
                Deltagerne var:
                1. Anne Holm (A)
                2. Bo Kjær (V)
                3. Eva Lund (F)
                Godkendt.
                8. Eventuelt
                """);
        assertThat(minutes.items()).extracting(ParsedItem::number).containsExactly("7", "8");
        assertThat(minutes.items().getFirst().decision()).startsWith("Deltagerne var:\n1. Anne Holm (A)\n2. Bo Kjær (V)").endsWith("Godkendt.");
    }

    @Test
    void caseNumbersAreReadFromALineTheyShareAndPageFurnitureIsDropped() {
        ParsedMinutes minutes = layout.parse("""
                Miljøudvalget - Referat
                Dato: 22. juni 2020
                • Pkt. 12 Naturpleje
                Sagsnr.: 330-2020-123   Dok.nr.: 330-2020-999   Åbent
                Beslutning
                Taget til efterretning.
                Til toppen
                • Pkt. 13 Vandløb
                Sagsnr. 4711 Miljøudvalget Åbent punkt
                """);
        assertThat(minutes.meeting().committee()).isEqualTo("Miljøudvalget");
        assertThat(minutes.meeting().date()).isEqualTo(LocalDate.of(2020, 6, 22));
        assertThat(minutes.items()).extracting(ParsedItem::number, ParsedItem::caseNumber, ParsedItem::decision, ParsedItem::closed)
                .containsExactly(tuple("12", "330-2020-123", "Taget til efterretning.", false), tuple("13", "4711", null, false));
    }

    @Test
    void anItemNumberGluedToThePreviousLineStartsTheItemItsTableOfContentsNamed() {
        ParsedMinutes minutes = layout.parse("""
                UDVALG
                Udvalget for Kultur
                PUNKTER
                3. Godkendelse af dagsorden
                4. Bibliotekets åbningstider
                3. Godkendelse af dagsorden
                Beslutning i Udvalget for Kultur den 01-02-2021
                Godkendt
                Referat4. Bibliotekets åbningstider
                Beslutning i Udvalget for Kultur den 01-02-2021
                Udsat.
                """);
        assertThat(minutes.meeting().committee()).isEqualTo("Udvalget for Kultur");
        assertThat(minutes.items()).extracting(ParsedItem::number, ParsedItem::title)
                .containsExactly(tuple("3", "Godkendelse af dagsorden"), tuple("4", "Bibliotekets åbningstider"));
        assertThat(minutes.items()).extracting(ParsedItem::decision).containsExactly("Godkendt", "Udsat.");
    }

    @Test
    void aTitleThatAPdfWrappedIsJoined() {
        ParsedMinutes minutes = layout.parse("""
                Referat
                21. Godkendelse af anbefalinger fra Projektudvalget for
                Afbureaukratisering
                Beslutning
                Godkendt.
                """);
        assertThat(minutes.items()).extracting(ParsedItem::title)
                .containsExactly("Godkendelse af anbefalinger fra Projektudvalget for Afbureaukratisering");
    }

    @Test
    void aTextWithoutNumberedHeadingsYieldsNoItemRatherThanAGuess() {
        ParsedMinutes minutes = layout.parse("""
                Vejret var godt, og 3 borgere mødte op.
                Der blev talt om 12 ting.
                """);
        assertThat(minutes.items()).isEmpty();
        assertThat(minutes.unrecognised()).hasSize(2);
    }

    @Test
    void colonNumberedHeadingsGluedHeadingsAndATitlePrintedAroundItsLinkText() {
        ParsedMinutes minutes = layout.parse("""
                Vejudvalget - Dagsordener og referater
                Mødedato: 3. marts 2024
                1 : Godkendelse af dagsorden
                BeslutningGodkendt.
                2. SkiltningKlik her for at folde ud og læse mere om Skiltning
                Beslutning
                Udsat.
                """);
        assertThat(minutes.meeting().committee()).isEqualTo("Vejudvalget");
        assertThat(minutes.items()).extracting(ParsedItem::number, ParsedItem::title, ParsedItem::decision)
                .containsExactly(tuple("1", "Godkendelse af dagsorden", "Godkendt."), tuple("2", "Skiltning", "Udsat."));
    }

    @Test
    void aCaseNumberUnderTheHeadingBelongsToThatItemAndADecisionHeadingMayCarryANumericDate() {
        ParsedMinutes minutes = layout.parse("""
                Møde i Havneudvalget den 4. april 2023
                Punkt 1: Havneplan
                00.01.00-A00-1-23 Beslutning Havneudvalget 04.04.2023 Godkendt.
                Punkt 2: Underskrifter
                00.01.00-A00-2-23
                3 Lukket Salg af grund
                024-2023
                """);
        assertThat(minutes.meeting().committee()).isEqualTo("Havneudvalget");
        assertThat(minutes.items()).extracting(ParsedItem::number, ParsedItem::caseNumber, ParsedItem::decision, ParsedItem::closed)
                .containsExactly(tuple("1", "00.01.00-A00-1-23", "Godkendt.", false), tuple("2", "00.01.00-A00-2-23", null, false),
                        tuple("3", "024-2023", null, true));
        assertThat(minutes.items().get(2).title()).isEqualTo("Salg af grund");
    }
}
