package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Sessions go to the database whenever more than one instance could share it, unless told otherwise. */
class SessionStoreTest {

    @Test
    void theDatabaseByDefaultExceptTheEmbeddedOne() {
        assertThat(SessionStore.inDatabase(null, "jdbc:postgresql://db:5432/pejling")).isTrue();
        assertThat(SessionStore.inDatabase("", "jdbc:h2:file:/data/pejling;MODE=PostgreSQL")).isFalse();
        assertThat(SessionStore.inDatabase(" Database ", "jdbc:h2:mem:x")).isTrue();
        assertThat(SessionStore.inDatabase("memory", "jdbc:postgresql://db/pejling")).isFalse();
        assertThatThrownBy(() -> SessionStore.inDatabase("redis", "jdbc:postgresql://db/pejling"))
                .hasMessageContaining("PEJLING_SESSION_STORE");
    }
}
