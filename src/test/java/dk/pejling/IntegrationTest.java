package dk.pejling;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application and a real database: in-memory H2 by default, the
 * PostgreSQL server when {@code PEJLING_DB_URL} is set (.ci/run does both). All such tests share
 * one application context and one database with the demo data loaded, so each test creates the
 * records it changes and never assumes an otherwise empty table. The application also listens on
 * a random port, so a test can send what MockMvc cannot, such as an upload over the servlet's size
 * limit; MockMvc still serves every other request.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Tag("database")
public @interface IntegrationTest {
}
