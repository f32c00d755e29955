package dk.pejling.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A pool of one connection, held by another thread: a request that needs a connection gets a 503 with
 * Retry-After after the short request wait (not the pool's 30 s, and not a 500), from a REST controller, a
 * page controller, or a filter before any controller (as the session and token lookups are); background
 * work still waits the pool's own time and gets the connection once it is free.
 */
class BusyDatabaseTest {

    /** The pool's own wait: a request that waited for it would run into the test's bound below. */
    static final Duration POOL_WAIT = Duration.ofSeconds(30);
    static final Duration REQUEST_WAIT = Duration.ofMillis(300);

    HikariDataSource hikari;
    DataSource dataSource;
    MockMvc mvc;
    Connection held;

    @BeforeEach
    void onePooledConnectionHeldByAnotherThread() throws Exception {
        hikari = new HikariDataSource();
        hikari.setJdbcUrl("jdbc:h2:mem:busy-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        hikari.setMaximumPoolSize(1);
        hikari.setConnectionTimeout(POOL_WAIT.toMillis());
        dataSource = (DataSource) RequestConnectionTimeout.requestConnectionTimeoutDataSource(REQUEST_WAIT)
                .postProcessAfterInitialization(hikari, "dataSource");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        mvc = MockMvcBuilders.standaloneSetup(new Api(jdbc, transaction), new Pages(jdbc))
                .setControllerAdvice(new ApiErrorHandler(), new PageErrorHandler())
                .addFilters(new BusyDatabaseFilter.Answer503(), new LooksUpSession(jdbc))
                .build();
        assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isOne(); // starts the pool
        held = CompletableFuture.supplyAsync(() -> {
            try {
                return dataSource.getConnection();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get();
    }

    @AfterEach
    void close() throws Exception {
        if (!held.isClosed()) {
            held.close();
        }
        hikari.close();
    }

    @Test
    void anApiRequestThatFindsNoFreeConnectionIsA503WithRetryAfterWellBeforeThePoolsOwnWait() throws Exception {
        long started = System.nanoTime();
        mvc.perform(get("/api/v1/busy-test").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", String.valueOf(BusyDatabase.RETRY_AFTER_SECONDS)))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.detail").value(ApiErrorHandler.BUSY));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("it did not wait for the pool's own timeout")
                .isLessThan(POOL_WAIT.dividedBy(2));
    }

    @Test
    void aTransactionThatCannotBeginForWantOfAConnectionIsA503() throws Exception {
        mvc.perform(get("/api/v1/busy-test/transaction").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void aPageRequestGetsTheBusyPageWithStatus503() throws Exception {
        mvc.perform(get("/busy-test"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", String.valueOf(BusyDatabase.RETRY_AFTER_SECONDS)))
                .andExpect(view().name("error/503"));
    }

    @Test
    void aFilterBeforeAnyControllerThatFindsNoFreeConnectionIsA503Too() throws Exception {
        mvc.perform(get("/api/v1/busy-test").header("X-Session", "1"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", String.valueOf(BusyDatabase.RETRY_AFTER_SECONDS)))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(503));
        mvc.perform(get("/busy-test").header("X-Session", "1"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void requestsAnswerAgainOnceTheConnectionIsFree() throws Exception {
        held.close();
        mvc.perform(get("/api/v1/busy-test").header("X-Session", "1")).andExpect(status().isOk())
                .andExpect(content().string("1"));
        mvc.perform(get("/busy-test")).andExpect(status().isOk());
    }

    @Test
    void backgroundWorkKeepsThePoolsOwnWaitAndGetsTheConnectionWhenItIsFreed() throws Exception {
        assertThatThrownBy(() -> RequestConnectionTimeout.serveRequest(() -> {
            try (Connection ignored = dataSource.getConnection()) {
                throw new AssertionError("the connection is held");
            } catch (java.sql.SQLException e) {
                throw new IOException(e);
            }
        })).hasCauseInstanceOf(SQLTransientConnectionException.class);

        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Integer> background = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            try (Connection c = dataSource.getConnection()) {
                return 1;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waiting.await();
        // Longer than a request would wait; the background work is still waiting, not failed.
        Awaitility.await().during(REQUEST_WAIT.multipliedBy(3)).atMost(REQUEST_WAIT.multipliedBy(4))
                .until(() -> !background.isDone());
        held.close();
        assertThat(background.get(POOL_WAIT.toSeconds(), TimeUnit.SECONDS)).isOne();
    }

    @RestController
    static class Api {
        private final JdbcTemplate jdbc;
        private final TransactionTemplate transaction;

        Api(JdbcTemplate jdbc, TransactionTemplate transaction) {
            this.jdbc = jdbc;
            this.transaction = transaction;
        }

        @GetMapping("/api/v1/busy-test")
        Integer query() {
            return jdbc.queryForObject("SELECT 1", Integer.class);
        }

        @GetMapping("/api/v1/busy-test/transaction")
        Integer inTransaction() {
            return transaction.execute(s -> 1);
        }
    }

    @Controller
    static class Pages {
        private final JdbcTemplate jdbc;

        Pages(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping("/busy-test")
        @ResponseBody
        String page() {
            return String.valueOf(jdbc.queryForObject("SELECT 1", Integer.class));
        }
    }

    /** As Spring Session's filter: reads the database before any controller when the request names a session. */
    static class LooksUpSession extends OncePerRequestFilter {
        private final JdbcTemplate jdbc;

        LooksUpSession(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getHeader("X-Session") != null) {
                jdbc.queryForObject("SELECT 1", Integer.class);
            }
            chain.doFilter(request, response);
        }
    }
}
