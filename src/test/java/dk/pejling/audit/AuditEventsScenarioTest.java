package dk.pejling.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.access.PejlingPrincipal;
import dk.pejling.access.Role;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module on its own (Spring Modulith's module test: the audit module's beans and the shared one, no
 * other module), driven by what other modules publish: an {@link AuditEvent} for a write by plain SQL, an export
 * or a download, and Spring Security's login events. The audit listeners are synchronous on purpose, so each
 * scenario reads the entry back through the module's own {@link AuditLog} and checks that it commits or rolls
 * back with the publisher's transaction. Runs on the test profile's database: H2 by default, PostgreSQL with
 * {@code -Ppostgres} (where a read-only transaction really refuses an insert).
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@Tag("database")
// The readiness group names the instance module's health contributor, which a module test does not boot.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class AuditEventsScenarioTest {

    private static final Viewer ADMIN = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN));

    @Autowired
    AuditLog log;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aPlainSqlWriteOfAnotherModuleIsAnEntryWithItsValuesBeforeAndAfter(Scenario scenario) {
        UUID legend = UUID.randomUUID();

        scenario.publish(AuditEvent.change(AuditAction.UPDATE, "initiative_status_legend", legend,
                        Map.of("label", "Forsinket"), Map.of("label", "Udskudt")))
                .andWaitForStateChange(() -> entries("initiative_status_legend", legend))
                .andVerify(entries -> {
                    assertThat(entries).singleElement().satisfies(entry -> {
                        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
                        // nobody signed in; Spring's test framework binds a mock request to the thread, so as in a
                        // request of the public the entry names no user and says "anonymous"
                        assertThat(entry.actorId()).isNull();
                        assertThat(entry.actorName()).isEqualTo(Actor.ANONYMOUS);
                        assertThat(entry.before()).contains("Forsinket");
                        assertThat(entry.after()).contains("Udskudt");
                    });
                });
    }

    @Test
    void aChangeWhosePublisherRollsBackLeavesNoEntry(Scenario scenario) {
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();

        scenario.stimulate((tx, events) -> {
                    tx.executeWithoutResult(status -> {
                        events.publishEvent(AuditEvent.change(AuditAction.CREATE, "initiative_round_member", rolledBack,
                                null, Map.of("member", "Politiet")));
                        status.setRollbackOnly();
                    });
                    // a second change after it: once its entry is there, the first transaction is long over
                    tx.executeWithoutResult(status -> events.publishEvent(AuditEvent.change(AuditAction.CREATE,
                            "initiative_round_member", committed, null, Map.of("member", "Regionen"))));
                })
                .andWaitForStateChange(() -> entries("initiative_round_member", committed))
                .andVerify(entries -> {
                    assertThat(entries).singleElement().extracting(AuditEntry::action).isEqualTo(AuditAction.CREATE);
                    assertThat(entries("initiative_round_member", rolledBack)).isEmpty();
                });
    }

    @Test
    void aDownloadInAReadOnlyTransactionGetsAnEntryOfItsOwn(Scenario scenario, @Autowired ApplicationEventPublisher events) {
        UUID report = UUID.randomUUID();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        scenario.stimulate(() -> readOnly.executeWithoutResult(status ->
                        events.publishEvent(AuditEvent.download("report_job", report, Map.of("format", "pdf")))))
                .andWaitForStateChange(() -> entries("report_job", report))
                .andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.DOWNLOAD);
                    assertThat(entry.before()).isNull();
                    assertThat(entry.after()).contains("pdf");
                }));
    }

    @Test
    void aLoginIsAnEntryOfTheUserWhoSignedIn(Scenario scenario) {
        UUID user = UUID.randomUUID();
        PejlingPrincipal principal = new PejlingPrincipal(user, "scenarie-" + user, "Scenarie Bruger", null, Set.of(Role.ADMIN));
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));

        scenario.publish(new AuthenticationSuccessEvent(signedIn))
                .andWaitForStateChange(() -> entries("access_user", user))
                .andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.LOGIN);
                    assertThat(entry.actorId()).isEqualTo(user);
                    assertThat(entry.actorName()).isEqualTo(principal.username());
                }));
    }

    @Test
    void aFailedLoginNamesTheAttemptedUserAndTheReasonButNeverThePassword(Scenario scenario) {
        String attempted = "ukendt-" + UUID.randomUUID();
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(attempted, "hemmeligt-kodeord-123");

        scenario.publish(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("Bad credentials")))
                .andWaitForStateChange(() -> byActor(attempted))
                .andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.FAILED_LOGIN);
                    assertThat(entry.actorId()).isNull();
                    assertThat(entry.recordType()).isEqualTo("access_user");
                    assertThat(entry.after()).contains("BadCredentialsException").doesNotContain("hemmeligt-kodeord-123");
                }));
    }

    private List<AuditEntry> entries(String recordType, UUID recordId) {
        return log.search(new AuditFilter(null, recordType, recordId.toString(), null, null, null),
                new PageQuery(null, 0, 50), ADMIN).items();
    }

    private List<AuditEntry> byActor(String name) {
        return log.search(new AuditFilter(name, null, null, null, null, null), new PageQuery(null, 0, 50), ADMIN).items();
    }
}
