package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.IntegrationTest;
import dk.pejling.instance.InstanceId;
import dk.pejling.proceedings.store.MinutesImportRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft that was being read when its server stopped does not stay "reading" for ever, and a server that
 * starts does not fail the drafts another instance is reading right now.
 */
@IntegrationTest
class MinutesImportRestartTest {

    static final Duration LEASE = Duration.ofMinutes(30);

    @Autowired
    MinutesImportService imports;
    @Autowired
    MinutesImportRepository drafts;
    @Autowired
    InstanceId thisInstance;
    @Autowired
    MinutesRecorder recorder;
    @Autowired
    BodyChoices bodies;
    @Autowired
    JsonMapper json;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    @Test
    void aDraftLeftReadingByAStoppedServerFailsAtStartUpAndAsksForTheFileAgain() throws Exception {
        // As a killed server leaves it: the row says READING by this instance, and no reader of it holds it.
        MinutesImport orphan = drafts.save(MinutesImport.start("test-editor", "referat.pdf", thisInstance.value(),
                Instant.now()));
        MinutesImportService.Draft ready = imports.preview(
                MinutesParserTest.resource("proceedings/socialudvalget-2024-03-12.txt").getBytes(), "referat.txt",
                ProceedingsTestData.EDITOR);

        assertThat(imports.failInterruptedReads()).isGreaterThanOrEqualTo(1);

        assertFailed(orphan.id());
        assertThat(imports.get(ready.id(), ProceedingsTestData.EDITOR).state()).isEqualTo(MinutesImport.State.READY);
        assertThat(imports.failInterruptedReads()).as("nothing of this instance is left reading").isZero();
    }

    @Test
    void anInstanceThatStartsFailsOnlyItsOwnDraftsAndThoseOlderThanTheLease() {
        Instant now = clock.instant();
        MinutesImportService a = instance("node-a");
        MinutesImportService b = instance("node-b");
        MinutesImport readByA = drafts.save(MinutesImport.start("test-editor", "a.pdf", "node-a", now));
        MinutesImport readByB = drafts.save(MinutesImport.start("test-editor", "b.pdf", "node-b", now));
        MinutesImport abandonedByC = drafts.save(MinutesImport.start("test-editor", "c.pdf", "node-c",
                now.minus(LEASE).minusSeconds(60)));
        MinutesImport freshOfC = drafts.save(MinutesImport.start("test-editor", "c2.pdf", "node-c", now.minusSeconds(60)));

        a.failInterruptedReads(); // node-a starts again

        assertFailed(readByA.id());
        assertFailed(abandonedByC.id());
        assertReading(readByB.id(), "node-b may be reading it right now");
        assertReading(freshOfC.id(), "node-c's draft is younger than the lease");

        b.failInterruptedReads(); // node-b starts again

        assertFailed(readByB.id());
        assertReading(freshOfC.id(), "node-c's draft is still younger than the lease");

        // The periodic check takes no draft younger than the lease, whoever reads it.
        assertThat(b.failAbandonedReads()).isZero();
        assertReading(freshOfC.id(), "the periodic check leaves young drafts alone");
        drafts.deleteById(freshOfC.id());
    }

    @Test
    void thePeriodicCheckFailsDraftsOlderThanTheLeaseOfAnyInstance() {
        MinutesImport abandoned = drafts.save(MinutesImport.start("test-editor", "d.pdf", "node-d",
                clock.instant().minus(LEASE).minusSeconds(1)));

        assertThat(instance("node-e").failAbandonedReads()).isGreaterThanOrEqualTo(1);

        assertFailed(abandoned.id());
    }

    private MinutesImportService instance(String id) {
        return new MinutesImportService(drafts, recorder, bodies, json, transaction, clock, new InstanceId(id), LEASE,
                new ProceedingsPermissions());
    }

    private void assertFailed(UUID id) {
        MinutesImportService.Draft draft = imports.get(id, ProceedingsTestData.EDITOR);
        assertThat(draft.state()).isEqualTo(MinutesImport.State.FAILED);
        assertThat(draft.error()).isEqualTo(MinutesImportService.INTERRUPTED);
    }

    private void assertReading(UUID id, String why) {
        assertThat(imports.get(id, ProceedingsTestData.EDITOR).state()).as(why).isEqualTo(MinutesImport.State.READING);
    }
}
