package dk.pejling.instance;

import dk.pejling.instance.store.DatabaseBlobStore;
import dk.pejling.instance.store.FileBlobStore;
import dk.pejling.instance.store.S3BlobStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The instance's name, its file storage and the job locks. Every {@code @Scheduled} job carries a
 * {@code @SchedulerLock}: the instance that takes the lock in the table {@code shedlock} runs the tick,
 * the others skip it (a lock is not a queue). Lock times come from the database's clock, so instances
 * whose clocks drift apart still agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class InstanceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InstanceConfiguration.class);

    @Bean
    InstanceId instanceId(@Value("${pejling.instance-id:}") String configured) {
        return new InstanceId(configured);
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource, InstanceId instance) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(instance.value())
                .build());
    }

    @Bean
    BlobStore blobStore(Environment env, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        String kind = env.getProperty("pejling.storage.kind", "file").strip().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "", "file" -> new FileBlobStore(Path.of(env.getRequiredProperty("pejling.data-dir")));
            case "database" -> new DatabaseBlobStore(jdbc, new TransactionTemplate(transactions), clock);
            case "s3" -> new S3BlobStore(new S3BlobStore.Settings(
                    env.getProperty("pejling.storage.s3.endpoint"), env.getProperty("pejling.storage.s3.region"),
                    env.getProperty("pejling.storage.s3.bucket"), env.getProperty("pejling.storage.s3.access-key"),
                    env.getProperty("pejling.storage.s3.secret-key"),
                    env.getProperty("pejling.storage.s3.path-style", Boolean.class, true)));
            default -> throw new IllegalStateException("PEJLING_STORAGE must be file, database or s3, not " + kind);
        };
    }

    /** One line naming the instance when it takes requests, so the log of each instance says which it is. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> instanceStarted(InstanceId instance, BlobStore blobs, Environment env) {
        return event -> log.info("Pejling instance {} is ready (files: {}, sessions: {})", instance, blobs.kind(),
                env.getProperty("pejling.sessions.resolved", "memory"));
    }
}
