package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.IntegrationTest;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.Period;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyDetails;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 200 owners submitting at once: every report lands, and two writers of one report never both win. */
@IntegrationTest
class ConcurrentSubmissionTest {

    static final int OWNERS = 200;
    static final Viewer ADMIN = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN), "test-admin");

    @Autowired
    StrategyService strategies;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    ReportingRoundService rounds;
    @Autowired
    StatusReportService reports;
    @Autowired
    OrganisationService organisations;

    @Test
    void twoHundredOwnersSubmittingAtOnceLoseNothing() throws Exception {
        var owner = organisations.findBySlug("fb").orElseThrow();
        Strategy strategy = strategies.create(new StrategyDetails("Samtidighed " + UUID.randomUUID(), StrategyKind.PLAN,
                owner.id(), Set.of(), new Period(null, null), LifecycleStatus.ADOPTED, null, List.of(), List.of(),
                List.of(), Visibility.PUBLIC), null, ADMIN);
        List<Initiative> created = new ArrayList<>();
        for (int i = 0; i < OWNERS; i++) {
            created.add(initiatives.create(strategy.id(), new InitiativeDetails(null, String.valueOf(i + 1),
                    InitiativeKind.ACTION, "Handling " + (i + 1), null, null, null, null, null, owner.id().value(), null,
                    null, null, List.of(), List.of(), List.of(), List.of(), i, Visibility.PUBLIC), ADMIN));
        }
        ReportingRound round = rounds.open(strategy.id(), "Samtidig runde", LocalDate.now(), LocalDate.now().plusDays(14), ADMIN);

        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (Initiative initiative : created) {
            Viewer person = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN), "ejer-" + initiative.number());
            done.add(pool.submit(() -> {
                start.await();
                return reports.submit(round.id(), initiative.id(),
                        new StatusInput("i-gang", "<p>Status fra " + person.name() + "</p>", 50), null, person);
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }

        RoundOverview overview = rounds.overview(round.id(), RoundOverview.Filter.everything(), ADMIN);
        assertThat(overview.notReported()).isEmpty();
        assertThat(overview.rows()).hasSize(OWNERS)
                .allSatisfy(row -> assertThat(row.comment()).isEqualTo("<p>Status fra ejer-" + row.number() + "</p>"));

        // Two people correcting the same report from the same version: exactly one wins, the other gets a conflict.
        StatusReport first = reports.get(round.id(), created.get(0).id(), ADMIN);
        List<Future<Boolean>> race = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            int n = i;
            race.add(pool.submit(() -> {
                go.await();
                try {
                    reports.submit(round.id(), created.get(0).id(), new StatusInput("afventer", "<p>Skribent " + n + "</p>", 10),
                            first.version(), ADMIN);
                    return true;
                } catch (VersionConflictException | org.springframework.dao.OptimisticLockingFailureException e) {
                    return false;
                }
            }));
        }
        go.countDown();
        int winners = 0;
        for (Future<Boolean> f : race) {
            winners += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
        assertThat(reports.history(first.id(), ADMIN)).hasSize(2);
    }
}
