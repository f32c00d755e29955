package dk.pejling.shared.web;

import dk.pejling.shared.tabular.FileFormat;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file sent as an attachment, so a browser never renders an uploaded file inside the site. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<InputStreamResource> attachment(String fileName, String contentType, Long size,
                                                                 InputStream content) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString());
        if (size != null) {
            response.contentLength(size);
        }
        return response.body(new InputStreamResource(content));
    }

    /** A file an export or a template wrote, named {@code name} with the format's extension. */
    public static ResponseEntity<byte[]> file(byte[] content, FileFormat format, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + format.extension(), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
