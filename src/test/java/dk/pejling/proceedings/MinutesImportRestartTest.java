package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.IntegrationTest;
import dk.pejling.proceedings.store.MinutesImportRepository;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A draft that was being read when the server stopped does not stay "reading" for ever. */
@IntegrationTest
class MinutesImportRestartTest {

    @Autowired
    MinutesImportService imports;
    @Autowired
    MinutesImportRepository drafts;

    @Test
    void aDraftLeftReadingByAStoppedServerFailsAtStartUpAndAsksForTheFileAgain() throws Exception {
        // As a killed server leaves it: the row says READING, and no reader of this instance holds it.
        MinutesImport orphan = drafts.save(MinutesImport.start("test-editor", "referat.pdf", Instant.now()));
        MinutesImportService.Draft ready = imports.preview(
                MinutesParserTest.resource("proceedings/socialudvalget-2024-03-12.txt").getBytes(), "referat.txt",
                ProceedingsTestData.EDITOR);

        assertThat(imports.failInterruptedReads()).isGreaterThanOrEqualTo(1);

        MinutesImportService.Draft failed = imports.get(orphan.id(), ProceedingsTestData.EDITOR);
        assertThat(failed.state()).isEqualTo(MinutesImport.State.FAILED);
        assertThat(failed.error()).isEqualTo(MinutesImportService.INTERRUPTED);
        assertThat(imports.get(ready.id(), ProceedingsTestData.EDITOR).state()).isEqualTo(MinutesImport.State.READY);
        assertThat(imports.failInterruptedReads()).as("nothing is left reading").isZero();
    }
}
