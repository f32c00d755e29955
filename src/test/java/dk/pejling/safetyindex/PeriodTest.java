package dk.pejling.safetyindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void readsYearsHalvesAndQuartersInTheFormsOfTheFiles() {
        assertThat(Period.of("2021")).hasToString("2021");
        assertThat(Period.of("2021-h2")).hasToString("2021-H2");
        assertThat(Period.of("2021Q3")).hasToString("2021-K3");
        assertThat(Period.of("2021K3")).isEqualTo(Period.quarter(2021, 3));
    }

    @Test
    void rejectsTextThatIsNoPeriod() {
        assertThatThrownBy(() -> Period.of("2021-K5")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Period.of("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Period.of("sidste år")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void crimeWindowIsTheFourQuartersEndingWithThePeriod() {
        assertThat(Period.of("2021").fourQuartersEnding()).extracting(Period::toString)
                .containsExactly("2021-K1", "2021-K2", "2021-K3", "2021-K4");
        assertThat(Period.of("2021-H1").fourQuartersEnding()).extracting(Period::toString)
                .containsExactly("2020-K3", "2020-K4", "2021-K1", "2021-K2");
        assertThat(Period.of("2021-K1").fourQuartersEnding()).extracting(Period::toString)
                .containsExactly("2020-K2", "2020-K3", "2020-K4", "2021-K1");
    }

    @Test
    void sortsByWhereThePeriodEnds() {
        assertThat(Period.of("2021-H1")).isLessThan(Period.of("2021"));
        assertThat(Period.of("2020")).isLessThan(Period.of("2021-K1"));
    }
}
