package dk.pejling.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.shared.AuditAction;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuditJsonTest {

    /** Fields without getters, as the aggregates have them. */
    @SuppressWarnings("unused")
    static class Account {
        private final String username = "jens";
        private final String passwordHash = "{bcrypt}$2a$10$abc";
        private final List<Token> tokens = List.of(new Token());
    }

    @SuppressWarnings("unused")
    static class Token {
        private final String name = "ci";
        private final String tokenHash = "9f86d081884c7d65";
        private final String clientSecret = "s3cret";
    }

    record Report(String state, String statusCode, String comment, long version) {
    }

    @Test
    void writesFieldsAndDropsSecretsAtAnyDepth() {
        String json = AuditJson.text(AuditJson.tree(new Account()));

        assertThat(json).contains("\"username\":\"jens\"", "\"name\":\"ci\"")
                .doesNotContain("passwordHash", "bcrypt", "tokenHash", "9f86d081884c7d65", "clientSecret", "s3cret");
    }

    @Test
    void namesTheKindOfChange() {
        JsonNode submitted = AuditJson.tree(new Report("SUBMITTED", "i-gang", "a", 1));

        assertThat(AuditJson.actionOf(null, submitted)).isEqualTo(AuditAction.CREATE);
        assertThat(AuditJson.actionOf(submitted, AuditJson.tree(new Report("SUBMITTED", "i-gang", "b", 2))))
                .isEqualTo(AuditAction.UPDATE);
        assertThat(AuditJson.actionOf(submitted, AuditJson.tree(new Report("SUBMITTED", "afventer", "a", 2))))
                .isEqualTo(AuditAction.STATUS_CHANGE);
        assertThat(AuditJson.actionOf(submitted, AuditJson.tree(new Report("RETURNED", "i-gang", "a", 2))))
                .isEqualTo(AuditAction.STATUS_CHANGE);
        assertThat(AuditJson.actionOf(submitted, AuditJson.tree(new Report("APPROVED", "i-gang", "a", 2))))
                .isEqualTo(AuditAction.APPROVAL);
    }

    @Test
    void aNewVersionAloneIsNoChange() {
        assertThat(AuditJson.changed(AuditJson.tree(new Report("SUBMITTED", "i-gang", "a", 1)),
                AuditJson.tree(new Report("SUBMITTED", "i-gang", "a", 2)))).isFalse();
        assertThat(AuditJson.changed(AuditJson.tree(new Report("SUBMITTED", "i-gang", "a", 1)),
                AuditJson.tree(new Report("SUBMITTED", "i-gang", "b", 2)))).isTrue();
    }
}
