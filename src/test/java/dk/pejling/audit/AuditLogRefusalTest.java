package dk.pejling.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The audit page's one call, with the filters as the request gives them: who may not read the log is refused
 * before the filters are read (bad filters tell them nothing), and an export opens its target only when it
 * is allowed and its filters are good.
 */
@IntegrationTest
class AuditLogRefusalTest {

    private static final AuditFilter.Input BAD = new AuditFilter.Input(null, null, null, "i går", null);
    private static final PageQuery FIRST = new PageQuery(null, 0, 10);

    @Autowired
    AuditLog audit;
    @Autowired
    TestUsers users;

    @Test
    void whoMayNotReadTheLogIsRefusedBeforeTheFiltersAreRead() {
        Viewer editor = users.viewerOf(users.create(Role.EDITOR).principal());
        AtomicBoolean opened = new AtomicBoolean();
        assertThatThrownBy(() -> audit.search(BAD, FIRST, editor)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> audit.exportCsv(BAD, editor, () -> {
            opened.set(true);
            return new StringWriter();
        })).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> audit.search(BAD, FIRST, Viewer.anonymous()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> audit.exportCsv(BAD, Viewer.anonymous(), StringWriter::new))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(opened).isFalse();
    }

    @Test
    void anAdministratorsBadFiltersAreAnsweredBeforeTheExportOpensAndGoodOnesAreWritten() throws Exception {
        Viewer admin = users.viewerOf(users.create(Role.ADMIN).principal());
        AtomicBoolean opened = new AtomicBoolean();
        assertThatThrownBy(() -> audit.search(BAD, FIRST, admin)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> audit.exportCsv(BAD, admin, () -> {
            opened.set(true);
            return new StringWriter();
        })).isInstanceOf(InvalidInputException.class);
        assertThat(opened).isFalse();

        AuditFilter.Input all = new AuditFilter.Input(null, null, null, null, null);
        assertThat(audit.search(all, FIRST, admin).total()).isPositive();
        StringWriter csv = new StringWriter();
        audit.exportCsv(all, admin, () -> csv);
        assertThat(csv.toString()).startsWith(String.join(",", AuditLog.CSV_HEADER));
    }
}
