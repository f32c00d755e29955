package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The preview a person finishes: corrections give a new value, confidence follows them. Texts are SYNTETISK. */
class MinutesPreviewTest {

    private static final String TEXT = """
            Referat
            1. Godkendelse af dagsorden
            Beslutning
            Godkendt.
            2. Vejbelysning på Hovedgaden
            Sagsfremstilling
            Lygterne skiftes.
            Trafiksikkerhed ved skolen
            Der ønskes en fodgængerovergang.
            Beslutning
            Overgangen etableres.
            4. Eventuelt
            """;

    private MinutesPreview preview() {
        return MinutesPreview.read(new MinutesParser().read(TEXT));
    }

    @Test
    void whatTheImporterCouldNotFindIsMissingAndThePersonCanSetIt() {
        MinutesPreview p = preview();
        assertThat(p.minutes().meeting().date()).isNull();
        MinutesConfidence.Assessment before = MinutesConfidence.of(p, false);
        assertThat(before.meeting().get("date").level()).isEqualTo(MinutesConfidence.Level.MISSING);
        assertThat(before.meeting().get("committee").level()).isEqualTo(MinutesConfidence.Level.MISSING);
        assertThat(before.meeting().get("body").level()).isEqualTo(MinutesConfidence.Level.MISSING);

        UUID body = UUID.randomUUID();
        MinutesPreview set = p.withMeeting(LocalDate.of(2021, 10, 27), "Teknisk Udvalg", body);
        MinutesConfidence.Assessment after = MinutesConfidence.of(set, false);
        assertThat(set.minutes().meeting().date()).isEqualTo(LocalDate.of(2021, 10, 27));
        assertThat(set.minutes().meeting().committee()).isEqualTo("Teknisk Udvalg");
        assertThat(set.bodyOrganisationId()).isEqualTo(body);
        assertThat(after.meeting().values()).allSatisfy(f -> assertThat(f.level()).isEqualTo(MinutesConfidence.Level.CERTAIN));
        assertThat(p.minutes().meeting().date()).as("the old value is unchanged").isNull();
    }

    @Test
    void anItemNumberThatSkipsIsToBeChecked() {
        MinutesConfidence.Assessment a = MinutesConfidence.of(preview(), false);
        assertThat(a.item("4").fields().get("number").level()).isEqualTo(MinutesConfidence.Level.CHECK);
        assertThat(a.item("2").fields().get("number").level()).isEqualTo(MinutesConfidence.Level.CERTAIN);
        assertThat(a.item("4").level()).isEqualTo(MinutesConfidence.Level.CHECK);
    }

    @Test
    void aMissedItemIsSplitOffWhereItsTitleStandsAndTakesTheDecisionWithIt() {
        MinutesPreview split = preview().split("2", "3", "Trafiksikkerhed ved skolen");
        assertThat(split.minutes().items()).extracting(ParsedItem::number).containsExactly("1", "2", "3", "4");
        ParsedItem two = split.minutes().items().get(1);
        ParsedItem three = split.minutes().items().get(2);
        assertThat(two.description()).isEqualTo("Lygterne skiftes.");
        assertThat(two.decision()).isNull();
        assertThat(three.title()).isEqualTo("Trafiksikkerhed ved skolen");
        assertThat(three.description()).isEqualTo("Der ønskes en fodgængerovergang.");
        assertThat(three.decision()).isEqualTo("Overgangen etableres.");
        assertThat(MinutesConfidence.of(split, false).item("4").fields().get("number").level())
                .isEqualTo(MinutesConfidence.Level.CERTAIN);
    }

    @Test
    void mergingJoinsAnItemWithTheNextAndSplittingNeedsATitleFromTheText() {
        MinutesPreview merged = preview().mergedWithNext("1");
        assertThat(merged.minutes().items()).extracting(ParsedItem::number).containsExactly("1", "4");
        assertThat(merged.minutes().items().getFirst().description()).contains("Vejbelysning på Hovedgaden");
        assertThat(merged.minutes().items().getFirst().decision()).startsWith("Godkendt.").contains("Overgangen etableres.");

        assertThatThrownBy(() -> preview().split("2", "3", "Står ikke her"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("newTitle"));
        assertThatThrownBy(() -> preview().split("2", "1", "Trafiksikkerhed ved skolen"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("newNumber"));
        assertThatThrownBy(() -> preview().mergedWithNext("4"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("number"));
        assertThatThrownBy(() -> preview().withMeeting(null, " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("committee"));
    }

    @Test
    void anItemCanBeMarkedClosedAndItsTitleCorrected() {
        MinutesPreview p = preview().withItem("4", "Eventuelt og lukket punkt", "2021-17", null, true);
        ParsedItem four = p.minutes().items().getLast();
        assertThat(four.closed()).isTrue();
        assertThat(four.title()).isEqualTo("Eventuelt og lukket punkt");
        assertThat(four.caseNumber()).isEqualTo("2021-17");
        assertThat(MinutesConfidence.of(p, true).item("4").fields().get("title").reason()).isEqualTo("set");
    }
}
