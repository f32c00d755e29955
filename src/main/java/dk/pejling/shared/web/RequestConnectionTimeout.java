package dk.pejling.shared.web;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A request waits at most {@code pejling.db.request-connection-timeout} (default 3 s) for a pooled connection;
 * background work (report jobs, event listeners, scheduled jobs) keeps the pool's own
 * {@code connectionTimeout} (30 s). Under a burst that holds every connection, a request then fails fast
 * with a 503 that nginx passes on to the other instance ({@link BusyDatabaseFilter}), instead of waiting
 * 30 s and failing with a 500. Hikari has one timeout per pool; its pool takes a per-call timeout, which
 * this wrapper of the {@link DataSource} bean passes on the threads {@link BusyDatabaseFilter} marks.
 */
@Configuration(proxyBeanMethods = false)
class RequestConnectionTimeout {

    private static final ThreadLocal<Boolean> SERVING_REQUEST = new ThreadLocal<>();

    interface Work {
        void run() throws IOException, ServletException;
    }

    /** Runs {@code work} (a request) with the short wait for connections. */
    static void serveRequest(Work work) throws IOException, ServletException {
        Boolean outer = SERVING_REQUEST.get();
        SERVING_REQUEST.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            if (outer == null) {
                SERVING_REQUEST.remove();
            }
        }
    }

    @Bean
    static BeanPostProcessor requestConnectionTimeoutDataSource(
            @Value("${pejling.db.request-connection-timeout:PT3S}") Duration timeout) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof HikariDataSource hikari ? new ShortWaitForRequests(hikari, timeout) : bean;
            }
        };
    }

    /** The pool, with the short wait on request threads. */
    static final class ShortWaitForRequests extends DelegatingDataSource {

        private final HikariDataSource hikari;
        private final long timeoutMillis;

        ShortWaitForRequests(HikariDataSource hikari, Duration timeout) {
            super(hikari);
            this.hikari = hikari;
            this.timeoutMillis = timeout.toMillis();
        }

        @Override
        public Connection getConnection() throws SQLException {
            // Before the pool has started (the first connection starts it) there is no per-call wait to ask for.
            if (SERVING_REQUEST.get() != null && hikari.getHikariPoolMXBean() instanceof HikariPool pool
                    && !hikari.isClosed()) {
                return pool.getConnection(timeoutMillis);
            }
            return hikari.getConnection();
        }
    }
}
