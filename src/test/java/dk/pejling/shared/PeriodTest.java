package dk.pejling.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate START = LocalDate.of(2014, 1, 1);
    private static final LocalDate END = LocalDate.of(2017, 12, 31);

    @Test
    void anEndBeforeTheStartIsAFieldErrorOnPeriodTo() {
        assertThatThrownBy(() -> new Period(END, START))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("periodTo"));
    }

    @Test
    void aPeriodOfOneDayAndOpenPeriodsAreAllowed() {
        assertThat(new Period(START, START).covers(START)).isTrue();
        assertThat(new Period(START, null).to()).isNull();
        assertThat(new Period(null, END).from()).isNull();
        assertThat(new Period(null, null).covers(LocalDate.of(1900, 1, 1))).isTrue();
    }

    @Test
    void coversItsFirstAndLastDayButNotTheDaysAround() {
        Period period = new Period(START, END);

        assertThat(period.covers(START)).isTrue();
        assertThat(period.covers(END)).isTrue();
        assertThat(period.covers(START.minusDays(1))).isFalse();
        assertThat(period.covers(END.plusDays(1))).isFalse();
    }

    @Test
    void anOpenEndCoversEverythingOnThatSide() {
        assertThat(new Period(START, null).covers(LocalDate.of(2999, 1, 1))).isTrue();
        assertThat(new Period(START, null).covers(START.minusDays(1))).isFalse();
        assertThat(new Period(null, END).covers(LocalDate.of(1000, 1, 1))).isTrue();
        assertThat(new Period(null, END).covers(END.plusDays(1))).isFalse();
    }
}
