package dk.pejling.instance;

import dk.pejling.shared.BeforeServing;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health contribution "instance": which instance answers and where it keeps files, and whether
 * the start-up work that must precede the first request (migrations run before any bean, then the
 * first administrator and the demo data, see {@link BeforeServing}) is done. It is part of the
 * readiness group, so a load balancer sends no request to an instance whose register may still be
 * empty; liveness stays independent of it (a slow start is no reason to restart).
 */
@Component("instance")
class InstanceHealth implements HealthIndicator {

    private final InstanceId instance;
    private final BlobStore blobs;
    private final List<BeforeServing> startupWork;

    InstanceHealth(InstanceId instance, BlobStore blobs, List<BeforeServing> startupWork) {
        this.instance = instance;
        this.blobs = blobs;
        this.startupWork = startupWork;
    }

    @Override
    public Health health() {
        long pending = startupWork.stream().filter(work -> !work.isRunning()).count();
        Health.Builder health = pending == 0 ? Health.up() : Health.outOfService();
        return health.withDetail("id", instance.value())
                .withDetail("files", blobs.kind())
                .withDetail("startupWorkPending", pending)
                .build();
    }
}
