package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The published Aalborg minutes lose the committee's name inside sentences; the parser puts it back. */
class MinutesCommitteeNameTest {

    @Test
    void theCommitteeIsNamedAgainWhereThePublishedTextLostIt() throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/proceedings/beskaeftigelsesudvalget-2014-08-19.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParsedMinutes minutes = new MinutesParser().parse(text);
        String all = minutes.items().toString();
        assertThat(all).doesNotContain("til s orientering").doesNotContain("indstiller, at godkender")
                .contains("fremsender til Beskæftigelsesudvalgets orientering")
                .contains("indstiller, at Beskæftigelsesudvalget godkender");
    }

    @Test
    void textWithoutTheGapOrWithoutAKnownCommitteeStaysAsItIs() {
        String whole = "Forvaltningen fremsender til Skoleudvalget til høring, kommissorium for strategiarbejdet.";
        assertThat(MinutesParser.withCommittee(whole, "Skoleudvalget")).isEqualTo(whole);
        assertThat(MinutesParser.withCommittee("fremsender til s orientering", null)).isEqualTo("fremsender til s orientering");
        assertThat(MinutesParser.withCommittee("fremsender til s godkendelse", "Skoleudvalget"))
                .isEqualTo("fremsender til Skoleudvalgets godkendelse");
    }
}
