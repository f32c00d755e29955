package dk.pejling.initiative.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.pejling.shared.Visibility;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import dk.pejling.strategy.StrategyStanding;
import dk.pejling.strategy.StrategyTreeChanged;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The initiative module's reaction to the strategy module's {@link StrategyTreeChanged}: its copy of each
 * strategy's title and own visibility follows the strategy. A plain unit test, not a module scenario: the copy's
 * table has a foreign key to the strategy module's {@code strategy}, so a module-scoped context (initiative alone)
 * could only fill it by writing another module's table, and the listener is synchronous, in the publisher's
 * transaction. The table here is the same columns without that key, on a database of its own; the strategy's
 * standing is the strategy module's answer, stubbed.
 */
class StrategyMirrorTest {

    private final StrategyService strategies = mock(StrategyService.class);
    private JdbcClient jdbc;
    private StrategyMirror mirror;

    @BeforeEach
    void aDatabaseWithOnlyTheMirror() {
        jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:strategy-mirror-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        jdbc.sql("CREATE TABLE initiative_strategy_mirror (strategy_id UUID PRIMARY KEY, visibility VARCHAR(20) NOT NULL, "
                + "title VARCHAR(300) NOT NULL)").update();
        mirror = new StrategyMirror(jdbc, strategies);
    }

    @Test
    void aStrategyMadeInternalAndRenamedIsCopiedAsItNowStands() {
        StrategyId strategy = new StrategyId(UUID.randomUUID());
        when(strategies.standingOf(strategy)).thenReturn(Optional.of(new StrategyStanding("Tryg Aalborg", Visibility.PUBLIC)));
        mirror.on(new StrategyTreeChanged(strategy));
        assertThat(copyOf(strategy.value())).containsExactly("PUBLIC Tryg Aalborg");

        when(strategies.standingOf(strategy)).thenReturn(Optional.of(new StrategyStanding("Tryg Aalborg 2030", Visibility.INTERNAL)));
        mirror.on(new StrategyTreeChanged(strategy));

        assertThat(copyOf(strategy.value())).containsExactly("INTERNAL Tryg Aalborg 2030");
    }

    @Test
    void aStrategyThatIsGoneLeavesTheCopyAndOtherStrategiesStay() {
        StrategyId gone = new StrategyId(UUID.randomUUID());
        StrategyId other = new StrategyId(UUID.randomUUID());
        when(strategies.standingOf(gone)).thenReturn(Optional.of(new StrategyStanding("Boligsocial helhedsplan", Visibility.PUBLIC)));
        when(strategies.standingOf(other)).thenReturn(Optional.of(new StrategyStanding("Bæredygtighedsplan", Visibility.PUBLIC)));
        mirror.on(new StrategyTreeChanged(gone));
        mirror.on(new StrategyTreeChanged(other));

        when(strategies.standingOf(gone)).thenReturn(Optional.empty());
        mirror.on(new StrategyTreeChanged(gone));

        assertThat(copyOf(gone.value())).isEmpty();
        assertThat(copyOf(other.value())).containsExactly("PUBLIC Bæredygtighedsplan");
    }

    private List<String> copyOf(UUID strategy) {
        return jdbc.sql("SELECT visibility, title FROM initiative_strategy_mirror WHERE strategy_id = :id").param("id", strategy)
                .query((rs, row) -> rs.getString("visibility") + " " + rs.getString("title")).list();
    }
}
