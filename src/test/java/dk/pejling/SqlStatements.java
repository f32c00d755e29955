package dk.pejling;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL statements the application runs on this thread while a piece of code runs, as JdbcTemplate logs
 * them at debug level (Spring Data JDBC, JdbcClient and the stores all go through it), on H2 and PostgreSQL
 * alike, without a proxy in front of the shared test context's data source. Other threads' statements (a
 * scheduled job, another request) are left out.
 */
public final class SqlStatements {

    private static final String EXECUTING = "Executing ";

    private final List<String> statements;

    private SqlStatements(List<String> statements) {
        this.statements = List.copyOf(statements);
    }

    /** What a piece of code returned, and the statements it ran. */
    public record Run<T>(T result, SqlStatements sql) {
    }

    /** Runs {@code work} on this thread and records the statements it ran. */
    public static <T> Run<T> of(Supplier<T> work) {
        Logger logger = (Logger) LoggerFactory.getLogger(JdbcTemplate.class);
        Level level = logger.getLevel();
        boolean additive = logger.isAdditive();
        ThisThreadsStatements appender = new ThisThreadsStatements(Thread.currentThread());
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false); // the statements go to this list, not the console
        logger.setLevel(Level.DEBUG);
        T result;
        try {
            result = work.get();
        } finally {
            logger.setLevel(level);
            logger.setAdditive(additive);
            logger.detachAppender(appender);
            appender.stop();
        }
        return new Run<>(result, new SqlStatements(appender.statements));
    }

    /**
     * Keeps the statements logged on one thread. It asks which thread logs while the event is appended: an event
     * that is only kept names its thread when first asked, so a filter applied afterwards would take every
     * statement of the application's listener threads for the test's own.
     */
    private static final class ThisThreadsStatements extends AppenderBase<ILoggingEvent> {

        private final Thread thread;
        private final List<String> statements = new CopyOnWriteArrayList<>();

        ThisThreadsStatements(Thread thread) {
            this.thread = thread;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (Thread.currentThread() == thread && event.getFormattedMessage().startsWith(EXECUTING)) {
                statements.add(event.getFormattedMessage());
            }
        }
    }

    public List<String> all() {
        return statements;
    }

    /** The statements in which the pattern (a regular expression, case ignored) occurs. */
    public List<String> matching(String regex) {
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return statements.stream().filter(s -> pattern.matcher(s).find()).toList();
    }

    @Override
    public String toString() {
        return String.join("\n", statements);
    }
}
