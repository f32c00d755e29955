package dk.pejling.proceedings.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.proceedings.web.MinutesText.Block;
import dk.pejling.proceedings.web.MinutesText.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesTextTest {

    private final MinutesText text = new MinutesText();

    @Test
    void blankLinesSeparateParagraphsAndBulletedOrNumberedLinesBecomeLists() {
        List<Block> blocks = text.blocks("""
                Beskæftigelsesudvalget godkendte indstillingen.

                Udvalget bemærkede:
                - at indsatsen fortsætter i 2015,
                - at der følges op i august.

                1. Første punkt
                2. Andet punkt""");
        assertThat(blocks).extracting(Block::list).containsExactly(false, false, true, true);
        assertThat(blocks.get(0).items().get(0)).containsExactly(new Segment("Beskæftigelsesudvalget godkendte indstillingen.", null));
        assertThat(blocks.get(1).items().get(0)).containsExactly(new Segment("Udvalget bemærkede:", null));
        assertThat(blocks.get(2).ordered()).isFalse();
        assertThat(blocks.get(2).items()).containsExactly(List.of(new Segment("at indsatsen fortsætter i 2015,", null)),
                List.of(new Segment("at der følges op i august.", null)));
        assertThat(blocks.get(3).ordered()).isTrue();
        assertThat(blocks.get(3).items()).hasSize(2);
    }

    @Test
    void webAddressesBecomeLinksWithoutTheFullStopAfterThemAndNothingElseDoes() {
        assertThat(text.segments("Se bilaget på https://aalborg.dk/bilag/plan.pdf. Og javascript:alert(1)"))
                .containsExactly(new Segment("Se bilaget på ", null),
                        new Segment("https://aalborg.dk/bilag/plan.pdf", "https://aalborg.dk/bilag/plan.pdf"),
                        new Segment(". Og javascript:alert(1)", null));
        assertThat(text.segments("Bilag 1: Handleplan.pdf")).containsExactly(new Segment("Bilag 1: Handleplan.pdf", null));
        assertThat(text.blocks(null)).isEmpty();
        assertThat(text.blocks("  \n ")).isEmpty();
    }
}
