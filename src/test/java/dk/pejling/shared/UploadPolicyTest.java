package dk.pejling.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class UploadPolicyTest {

    private static final long MAX = 20L * 1024 * 1024;
    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0x06, 0};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'};

    private final UploadPolicy policy = new UploadPolicy(new PejlingProperties(Path.of("target"), null, null,
            new PejlingProperties.Uploads(MAX, List.of("application/pdf",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "text/plain", "text/csv", "image/png", "image/jpeg")), null, null, null));

    private static void refusedOnFile(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                .containsOnlyKeys("file").hasValueSatisfying(new org.assertj.core.api.Condition<>(
                        m -> m.contains(message), "a message containing '" + message + "'")));
    }

    @Test
    void acceptsAPdfAndAnswersTheNormalisedType() {
        assertThat(policy.check("plan.pdf", "application/pdf", 1234, PDF)).isEqualTo("application/pdf");
        assertThat(policy.check("plan.pdf", "Application/PDF; charset=binary", 1234, PDF)).isEqualTo("application/pdf");
    }

    @Test
    void acceptsEachAllowedTypeWhoseContentMatches() {
        assertThat(policy.check("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 10, ZIP))
                .endsWith("document");
        assertThat(policy.check("a.png", "image/png", 10, PNG)).isEqualTo("image/png");
        assertThat(policy.check("a.jpg", "image/jpeg", 10, JPEG)).isEqualTo("image/jpeg");
        assertThat(policy.check("a.csv", "text/csv", 10, "mål;år\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/csv");
    }

    @Test
    void refusesAnExecutableRenamedToPdf() {
        refusedOnFile(() -> policy.check("plan.pdf", "application/pdf", 4096, EXE), "does not match its type application/pdf");
    }

    @Test
    void refusesBinaryContentDeclaredAsTextAndAZipDeclaredAsImage() {
        refusedOnFile(() -> policy.check("notes.txt", "text/plain", 100, EXE), "does not match");
        refusedOnFile(() -> policy.check("photo.png", "image/png", 100, ZIP), "does not match");
    }

    @Test
    void refusesContentShorterThanTheMagicBytes() {
        refusedOnFile(() -> policy.check("plan.pdf", "application/pdf", 3, "%PD".getBytes(StandardCharsets.US_ASCII)),
                "does not match");
    }

    @Test
    void refusesTypesOutsideTheAllowList() {
        refusedOnFile(() -> policy.check("setup.exe", "application/x-msdownload", 100, EXE),
                "files of type 'application/x-msdownload' are not accepted");
        refusedOnFile(() -> policy.check("page.html", "text/html", 100, "<html>".getBytes(StandardCharsets.US_ASCII)),
                "not accepted");
        refusedOnFile(() -> policy.check("unknown", null, 100, PDF), "files of type '' are not accepted");
    }

    @Test
    void theSizeLimitIsInclusive() {
        assertThat(policy.check("big.pdf", "application/pdf", MAX, PDF)).isEqualTo("application/pdf");
        refusedOnFile(() -> policy.check("big.pdf", "application/pdf", MAX + 1, PDF), "is larger than 20 MB");
    }

    @Test
    void theSizeIsCheckedBeforeTheType() {
        refusedOnFile(() -> policy.check("big.exe", "application/x-msdownload", MAX + 1, EXE), "is larger than");
    }

    @Test
    void anEmptyUploadOrOneWithoutNameAsksForAFile() {
        refusedOnFile(() -> policy.check("plan.pdf", "application/pdf", 0, new byte[0]), "choose a file");
        refusedOnFile(() -> policy.check(" ", "application/pdf", 10, PDF), "choose a file");
        refusedOnFile(() -> policy.check(null, "application/pdf", 10, PDF), "choose a file");
    }

    @Test
    void answersTheConfiguredLimit() {
        assertThat(policy.maxBytes()).isEqualTo(MAX);
    }
}
