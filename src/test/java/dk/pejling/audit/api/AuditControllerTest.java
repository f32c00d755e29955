package dk.pejling.audit.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.PejlingPrincipal;
import dk.pejling.access.Role;
import dk.pejling.access.ViewerScopes;
import dk.pejling.audit.AuditLog;
import dk.pejling.shared.Viewer;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How {@code GET /api/v1/audit} reads its filters: a date it cannot read, or a "to" before the "from", is a 400
 * naming the field, and the log is never asked. A web slice (only this controller, the API's error handler and the
 * {@link Viewer} resolver): the binding needs no database. The slice has no security chain, so the signed-in
 * administrator is put into the security context as the chain would; who may read the log, through the
 * application's own security, stays in {@code AuditLogTest}.
 */
@WebMvcTest(controllers = AuditController.class, useDefaultFilters = false, includeFilters = {
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AuditController.class),
        @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = {"dk\\.pejling\\.shared\\.web\\.ApiErrorHandler", "dk\\.pejling\\.access\\.ViewerConfiguration"})})
class AuditControllerTest {

    private static final PejlingPrincipal ADMIN = new PejlingPrincipal(UUID.randomUUID(), "revisor", "Revisor", null,
            Set.of(Role.ADMIN));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AuditLog audit;
    @MockitoBean
    ViewerScopes scopes;

    @BeforeEach
    void anAdministratorIsSignedIn() {
        when(scopes.viewerOf(any(PejlingPrincipal.class))).thenReturn(new Viewer(ADMIN.userId(), null, Set.of(Viewer.ADMIN)));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ADMIN, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void datesItCannotReadAreFieldErrors() throws Exception {
        mvc.perform(get("/api/v1/audit").param("from", "yesterday").param("to", "2020-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.from").exists())
                .andExpect(jsonPath("$.fieldErrors.to").exists());
        verifyNoInteractions(audit);
    }

    @Test
    void aToBeforeTheFromIsAFieldError() throws Exception {
        mvc.perform(get("/api/v1/audit").param("from", "2026-02-01").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.to").exists());
        verifyNoInteractions(audit);
    }

    @Test
    void anExportInAnotherFormatThanCsvIsAFieldErrorAndNothingIsExported() throws Exception {
        mvc.perform(get("/api/v1/audit").param("format", "xlsx"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.format").value("must be csv"));
        verifyNoInteractions(audit);
    }
}
