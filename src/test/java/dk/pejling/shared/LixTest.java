package dk.pejling.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LixTest {

    @Test
    void shortWordsInShortSentencesScoreLow() {
        // 7 words, 2 sentences, no word longer than six letters: 7 / 2 = 3.5
        assertThat(Lix.score("Vi går en tur. Det er sjovt.")).isEqualTo(4);
        assertThat(Lix.hard(Lix.score("Vi går en tur. Det er sjovt."))).isFalse();
    }

    @Test
    void longCompoundsInOneSentenceScoreHighAndWarn() {
        // 3 words, 1 sentence, 3 long words: 3 + 100 * 3 / 3 = 103
        Integer score = Lix.score("Kommunalbestyrelsen vedtager strategien.");
        assertThat(score).isEqualTo(103);
        assertThat(Lix.hard(score)).isTrue();
    }

    @Test
    void markupAndMarkedNamesAreNotCountedAsWordsAndAnEmptyTextHasNoScore() {
        assertThat(Lix.score("<p>Vi går en tur.</p> <p>Det er sjovt.</p>")).isEqualTo(Lix.score("Vi går en tur. Det er sjovt."));
        assertThat(Lix.score("Spørg [[Jens Hansen]].")).isEqualTo(Lix.score("Spørg Jens Hansen."));
        assertThat(Lix.score("  <p></p> ")).isNull();
        assertThat(Lix.score(null)).isNull();
    }

    @Test
    void theLastSentenceNeedsNoFullStop() {
        assertThat(Lix.score("Vi går en tur. Det er sjovt")).isEqualTo(Lix.score("Vi går en tur. Det er sjovt."));
    }
}
