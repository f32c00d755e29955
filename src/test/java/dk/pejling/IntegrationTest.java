package dk.pejling;

import dk.pejling.instance.PingListener;
import dk.pejling.strategy.store.DocumentFiles;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A test against the whole application and a real database: in-memory H2 by default, the
 * PostgreSQL server when {@code PEJLING_DB_URL} is set (.ci/run does both). All such tests share
 * one application context and one database with the demo data loaded, so each test creates the
 * records it changes and never assumes an otherwise empty table. The application also listens on
 * a random port, so a test can send what MockMvc cannot, such as an upload over the servlet's size
 * limit; MockMvc still serves every other request.
 *
 * <p>What a single test needs of the context is declared here, for all, so that it does not cost a context of
 * its own (each one is a full start and a database pool): the document store is a Mockito spy that acts as the
 * real store until a test stubs it ({@code DocumentStorageFullTest}; Spring resets it after every test), and
 * {@link PingListener} is a module listener only {@code OutstandingEventsTest} publishes to. The browser tests
 * use this configuration too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@MockitoSpyBean(types = DocumentFiles.class)
@Import(PingListener.class)
@Tag("database")
public @interface IntegrationTest {
}
