package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** A PDF with pages but no text layer (a scan) is refused with that reason, not as "no agenda item". */
class ScannedMinutesTest {

    @Test
    void aPdfWithoutATextLayerIsRefusedAsAPossibleScan() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            document.save(out);
        }
        assertThatThrownBy(() -> MinutesText.extract(out.toByteArray(), (a, b) -> { }))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("file", "no text, is it a scanned PDF?"));
    }
}
