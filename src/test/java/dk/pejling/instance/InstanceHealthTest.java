package dk.pejling.instance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.instance.store.FileBlobStore;
import dk.pejling.shared.BeforeServing;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Readiness waits for the start-up work; the details name the instance and its file storage. */
class InstanceHealthTest {

    static class Work extends BeforeServing {
        @Override
        protected void runBeforeServing() {
        }

        @Override
        protected int order() {
            return 0;
        }
    }

    @Test
    void outOfServiceUntilEveryStartUpWorkIsDone() {
        Work demoData = new Work();
        Work admin = new Work();
        InstanceHealth health = new InstanceHealth(new InstanceId("a"), new FileBlobStore(Path.of("target")), List.of(demoData, admin));

        admin.start();
        Health pending = health.health();
        assertThat(pending.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(pending.getDetails()).containsEntry("startupWorkPending", 1L);

        demoData.start();
        Health ready = health.health();
        assertThat(ready.getStatus()).isEqualTo(Status.UP);
        assertThat(ready.getDetails()).containsEntry("id", "a").containsEntry("files", "file");
    }

    @Test
    void anInstanceWithoutAConfiguredNameIsNamedByHostAndProcess() {
        assertThat(new InstanceId("  ").value()).endsWith("-" + ProcessHandle.current().pid());
        assertThat(new InstanceId(" node-b ").value()).isEqualTo("node-b");
    }
}
