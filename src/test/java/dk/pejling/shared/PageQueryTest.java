package dk.pejling.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageQueryTest {

    @Test
    void escapesTheLikeWildcardsAndTheEscapeCharacter() {
        assertThat(new PageQuery("100%", 0, 10).likePattern()).isEqualTo("%100\\%%");
        assertThat(new PageQuery("a_b", 0, 10).likePattern()).isEqualTo("%a\\_b%");
        assertThat(new PageQuery("c:\\x", 0, 10).likePattern()).isEqualTo("%c:\\\\x%");
    }

    @Test
    void lowerCasesAndTrimsTheTextWithoutTheDefaultLocale() {
        PageQuery query = new PageQuery("  ÆBLE Ilt  ", 0, 10);

        assertThat(query.q()).isEqualTo("ÆBLE Ilt");
        assertThat(query.likePattern()).isEqualTo("%æble ilt%");
    }

    @Test
    void blankTextMeansNoFilter() {
        assertThat(new PageQuery(null, 0, 10).likePattern()).isNull();
        assertThat(new PageQuery("   ", 0, 10).q()).isNull();
        assertThat(new PageQuery("   ", 0, 10).likePattern()).isNull();
    }

    @Test
    void aNegativePageIsAFieldErrorOnPage() {
        assertThatThrownBy(() -> new PageQuery(null, -1, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("page"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, PageQuery.MAX_SIZE + 1})
    void sizeOutsideOneToTheMaximumIsAFieldErrorOnSize(int size) {
        assertThatThrownBy(() -> new PageQuery(null, 0, size))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("size"));
    }

    @Test
    void theBoundsThemselvesAreAllowed() {
        assertThat(new PageQuery(null, 0, 1).size()).isEqualTo(1);
        assertThat(new PageQuery(null, 0, PageQuery.MAX_SIZE).size()).isEqualTo(200);
    }

    @Test
    void offsetIsPageTimesSizeWithoutIntOverflow() {
        assertThat(new PageQuery(null, 3, 25).offset()).isEqualTo(75);
        assertThat(new PageQuery(null, Integer.MAX_VALUE, 200).offset()).isEqualTo(Integer.MAX_VALUE * 200L);
    }
}
